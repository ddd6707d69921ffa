import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  findUnstorableText,
  isSingleEmoji,
  unstorableText,
  visibleName,
} from "@/lib/validation/text";

describe("text that cannot be stored", () => {
  it("is NUL or a lone surrogate, anywhere in a string, a key or a nested value", () => {
    expect(unstorableText("Brush teeth")).toBeNull();
    expect(unstorableText("😀 تنظيف الأسنان")).toBeNull();
    expect(unstorableText("a\u0000b")).toMatch(/NUL/);
    expect(unstorableText("\uD800")).toMatch(/broken character/);
    expect(unstorableText("x\uDC00y")).toMatch(/broken character/);
    expect(
      findUnstorableText({ cards: [{ items: [{ label: "ok" }, { label: "b\u0000d" }] }] }),
    ).toEqual({
      path: "cards.0.items.1.label",
      problem: expect.stringMatching(/NUL/),
    });
    expect(findUnstorableText({ ["k\u0000"]: 1 })).toMatchObject({
      problem: expect.stringMatching(/NUL/),
    });
  });

  it("is never text that is well formed and NUL-free", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(unstorableText(text.replaceAll("\u0000", ""))).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(unstorableText(`${a}\u0000${b}`)).not.toBeNull();
      }),
    );
  });
});

describe("names people see", () => {
  const name = visibleName({ required: "Give it a name.", max: 10 });
  const problem = (value: string) => {
    const parsed = name.safeParse(value);
    return parsed.success ? null : parsed.error.issues[0]!.message;
  };

  it("are NFC, trimmed, with something visible and no direction overrides", () => {
    expect(name.parse("  Cafe\u0301 ")).toBe("Café");
    expect(problem("\u200B\u200B")).toBe("Give it a name.");
    expect(problem("\u2060\uFEFF ")).toBe("Give it a name.");
    expect(problem("\u202Eevil")).toMatch(/direction-changing/);
    expect(problem("a\u2066b\u2069")).toMatch(/direction-changing/);
    expect(problem("x".repeat(11))).toMatch(/at most 10/);
    expect(problem("سارة\u200F")).toBeNull(); // a right-to-left mark is fine
  });

  it("leave a form's own rules running when a name is empty (one message per problem)", () => {
    const form = z
      .object({ name, start: z.number(), end: z.number() })
      .refine((v) => v.end > v.start, {
        message: "The end must be after the start.",
        path: ["end"],
      });
    const parsed = form.safeParse({ name: "", start: 9, end: 8 });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual([
      "Give it a name.",
      "The end must be after the start.",
    ]);
  });
});

describe("emoji fields", () => {
  it("take exactly one emoji as a person sees it", () => {
    for (const one of ["🦊", "👨‍👩‍👧", "🇸🇪", "1️⃣", "👍🏽", "❤️"])
      expect(isSingleEmoji(one), one).toBe(true);
    for (const bad of ["", "a", "🦊 fox", "🦊🦊", "fox 🦊", "🇸"])
      expect(isSingleEmoji(bad), bad).toBe(false);
  });
});
