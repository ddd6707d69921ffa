import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject } from "@/lib/actions/validated-action";

describe("formDataToObject", () => {
  it("keeps single fields as strings and repeated ones as arrays, without React's fields", () => {
    const form = new FormData();
    form.append("name", "Mia");
    form.append("weekdays", "1");
    form.append("weekdays", "3");
    form.append("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ name: "Mia", weekdays: ["1", "3"] });
  });

  it("turns a field named __proto__ into an own key that a strict schema refuses", () => {
    const form = new FormData();
    form.append("name", "Mia");
    form.append("__proto__", "x");
    form.append("__proto__", "y");
    const object = formDataToObject(form);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toContain("__proto__");
    expect(z.strictObject({ name: z.string() }).safeParse(object).success).toBe(false);
  });
});
