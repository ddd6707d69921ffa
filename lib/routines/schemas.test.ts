import { describe, expect, it } from "vitest";
import { flattenFieldErrors } from "@/lib/actions/validated-action";
import { saveRoutineSchema } from "@/lib/routines/schemas";

const valid = {
  name: "Morning",
  icon: "🌅",
  weekdays: [5, 1, 1],
  start: "07:00",
  end: "08:00",
  kidIds: [],
  cards: [
    { title: "Teeth", pictureEmoji: "🪥", durationSeconds: 120, items: [{ label: "Brush" }] },
  ],
};
const parse = (draft: unknown, extra: Record<string, string> = {}) =>
  saveRoutineSchema.safeParse({ draft: JSON.stringify(draft), ...extra });
const errors = (draft: unknown) => {
  const result = parse(draft);
  if (result.success) return {};
  // In English, as the API answers them.
  return Object.fromEntries(
    Object.entries(flattenFieldErrors(result.error)).map(([field, words]) => [
      field,
      words.map(String),
    ]),
  );
};

describe("routine draft validation", () => {
  it("accepts a valid draft, normalising days and times", () => {
    const result = parse(valid, {
      routineId: "5b0c7e3c-8a4e-4c59-9b35-6c1f7c1d2a10",
      revision: "3",
    });
    expect(result.success && result.data).toMatchObject({
      weekdays: [1, 5],
      start: 420,
      end: 480,
      revision: 3,
    });
  });

  it("names the field of every problem", () => {
    expect(errors({ ...valid, name: "" })).toHaveProperty("name");
    expect(errors({ ...valid, name: "x".repeat(81) }).name).toEqual(["Use at most 80 characters."]);
    expect(errors({ ...valid, weekdays: [] }).weekdays).toEqual(["Pick at least one day."]);
    expect(errors({ ...valid, start: "09:00", end: "08:00" }).end).toEqual([
      "The end must be after the start.",
    ]);
    expect(errors({ ...valid, start: "7am" })).toHaveProperty("start");
    const badCard = {
      ...valid.cards[0],
      title: " ",
      durationSeconds: 3601,
      items: [{ label: "" }],
    };
    expect(errors({ ...valid, cards: [badCard] })).toMatchObject({
      "cards.0.title": ["Give the card a name."],
      "cards.0.durationSeconds": ["Use 0 to 3600 seconds (one hour)."],
      "cards.0.items.0.label": ["Give the item a name."],
    });
    expect(
      errors({ ...valid, cards: [{ ...valid.cards[0], durationSeconds: -1 }] }),
    ).toHaveProperty("cards.0.durationSeconds");
    expect(errors({ ...valid, icon: "not an emoji" })).toHaveProperty("icon");
  });

  it("refuses unknown fields at every level and broken JSON", () => {
    expect(parse({ ...valid, familyId: "x" }).success).toBe(false);
    expect(parse({ ...valid, cards: [{ ...valid.cards[0], versionId: "x" }] }).success).toBe(false);
    expect(saveRoutineSchema.safeParse({ draft: "{not json" }).success).toBe(false);
    expect(
      saveRoutineSchema.safeParse({ draft: JSON.stringify(valid), role: "PARENT" }).success,
    ).toBe(false);
  });
});
