import { describe, expect, it } from "vitest";
import { flattenFieldErrors } from "@/lib/actions/validated-action";
import { habitSchema, pauseSchema } from "@/lib/habits/schemas";

const member = "5b0c7e3c-8a4e-4c59-9b35-6c1f7c1d2a10";
const valid = {
  memberId: member,
  name: "Read",
  icon: "📚",
  cadence: "DAILY",
  weekdays: ["1", "3"],
  startDate: "2026-11-01",
};
const errors = (schema: typeof habitSchema | typeof pauseSchema, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? {} : flattenFieldErrors(result.error);
};

describe("habit input", () => {
  it("accepts a daily habit and a weekly one, with weekdays from one checkbox or many", () => {
    expect(habitSchema.parse(valid)).toMatchObject({ weekdays: [1, 3] });
    expect(habitSchema.parse({ ...valid, weekdays: "5" })).toMatchObject({ weekdays: [5] });
    expect(
      habitSchema.parse({ ...valid, cadence: "WEEKLY", weekdays: undefined, timesPerWeek: "3" }),
    ).toMatchObject({ timesPerWeek: 3 });
  });

  it("explains what is missing or wrong", () => {
    expect(errors(habitSchema, { ...valid, name: " " })).toHaveProperty("name");
    expect(errors(habitSchema, { ...valid, weekdays: undefined }).weekdays).toEqual([
      "Pick at least one day.",
    ]);
    expect(errors(habitSchema, { ...valid, cadence: "WEEKLY" }).timesPerWeek).toEqual([
      "How many times a week?",
    ]);
    expect(errors(habitSchema, { ...valid, cadence: "WEEKLY", timesPerWeek: "8" })).toHaveProperty(
      "timesPerWeek",
    );
    expect(errors(habitSchema, { ...valid, startDate: "2026-02-30" })).toHaveProperty("startDate");
    expect(habitSchema.safeParse({ ...valid, familyId: member }).success).toBe(false);
  });

  it("needs a pause to target one habit or one person, forwards in time, with a reason", () => {
    const pause = {
      habitId: member,
      startDate: "2026-11-20",
      endDate: "2026-11-22",
      reason: "Holiday",
    };
    expect(pauseSchema.safeParse(pause).success).toBe(true);
    expect(errors(pauseSchema, { ...pause, endDate: "2026-11-19" }).endDate).toEqual([
      "The end is before the start.",
    ]);
    expect(errors(pauseSchema, { ...pause, memberId: member })).toHaveProperty("form");
    expect(errors(pauseSchema, { ...pause, reason: "" })).toHaveProperty("reason");
  });
});
