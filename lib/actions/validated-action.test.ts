import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formDataToObject, validatedAction } from "@/lib/actions/validated-action";

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

describe("validatedAction", () => {
  // (A lone surrogate cannot reach a form action: FormData keeps only well-formed text and turns
  // it into U+FFFD. The API, which reads JSON, refuses it: lib/api/hygiene.integration.test.ts.)
  it("refuses NUL in any field before the schema or the action sees it", async () => {
    let ran = false;
    const action = validatedAction({
      schema: z.strictObject({ name: z.string(), note: z.string() }),
      authorize: async () => null,
      async run() {
        ran = true;
      },
    });
    for (const [field, text] of [
      ["name", "Mia\u0000"],
      ["note", "ok \u0000 ok"],
    ] as const) {
      const form = new FormData();
      form.append("name", "Mia");
      form.append("note", "fine");
      form.set(field, text);
      const state = await action(null, form);
      expect(state).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.any(String)] } });
    }
    expect(ran).toBe(false);
  });
});
