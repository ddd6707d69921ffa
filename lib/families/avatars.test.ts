import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AVATAR_COLORS, AVATAR_EMOJIS, AVATAR_NAMES, freshAvatar } from "@/lib/families/avatars";

const kid = (avatarEmoji: string, avatarColor: string) => ({ avatarEmoji, avatarColor });

describe("freshAvatar", () => {
  it("starts a family's first kid at the first picture and colour", () => {
    expect(freshAvatar([])).toEqual({ emoji: AVATAR_EMOJIS[0], color: AVATAR_COLORS[0]!.value });
  });

  it("skips what the family's kids already have", () => {
    const taken = [kid(AVATAR_EMOJIS[0], AVATAR_COLORS[0]!.value), kid(AVATAR_EMOJIS[2], "#000")];
    expect(freshAvatar(taken)).toEqual({ emoji: AVATAR_EMOJIS[1], color: AVATAR_COLORS[1]!.value });
  });

  it("never repeats a kid's picture while a free one is left, and always answers a valid choice", () => {
    const pick = fc.record({
      avatarEmoji: fc.constantFrom(...AVATAR_EMOJIS),
      avatarColor: fc.constantFrom(...AVATAR_COLORS.map((c) => c.value)),
    });
    fc.assert(
      fc.property(fc.array(pick, { maxLength: 40 }), (kids) => {
        const fresh = freshAvatar(kids);
        const used = new Set(kids.map((k) => k.avatarEmoji));
        const valid =
          (AVATAR_EMOJIS as readonly string[]).includes(fresh.emoji) &&
          AVATAR_COLORS.some((c) => c.value === fresh.color);
        return valid && (used.size === AVATAR_EMOJIS.length || !used.has(fresh.emoji));
      }),
    );
  });

  it("names every picture for screen readers", () => {
    for (const emoji of AVATAR_EMOJIS) expect(AVATAR_NAMES[emoji]).toMatch(/^[A-Z][a-z]+$/);
  });
});
