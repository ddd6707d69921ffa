import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { secondsLeft, sectorPath, shareLeft, timeLeftWords } from "@/lib/tablet/timer";
import ar from "@/messages/ar/tablet.json";
import de from "@/messages/de/tablet.json";
import en from "@/messages/en/tablet.json";

const messages = { en: { tablet: en }, de: { tablet: de }, ar: { tablet: ar } };

describe("shareLeft", () => {
  it("runs from 1 to 0 over the card's seconds", () => {
    expect(shareLeft(1000, 60, 1000)).toBe(1);
    expect(shareLeft(1000, 60, 31_000)).toBe(0.5);
    expect(shareLeft(1000, 60, 61_000)).toBe(0);
    expect(shareLeft(1000, 60, 999_000)).toBe(0);
  });

  it("never grows as time passes, and stays within 0…1 (a clock set back included)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: -10_000, max: 4_000_000 }),
        fc.integer({ min: 0, max: 4_000_000 }),
        (seconds, a, step) => {
          const earlier = shareLeft(0, seconds, a);
          const later = shareLeft(0, seconds, a + step);
          return later <= earlier && later >= 0 && earlier <= 1;
        },
      ),
    );
  });
});

describe("secondsLeft", () => {
  it("rounds up, so the last second still shows", () => {
    expect(secondsLeft(0, 10, 9_500)).toBe(1);
    expect(secondsLeft(0, 10, 10_000)).toBe(0);
    expect(secondsLeft(0, 10, 0)).toBe(10);
  });
});

describe("sectorPath", () => {
  it("draws a whole disc, nothing, and a quarter from 12 to 3 o'clock", () => {
    expect(sectorPath(1, 50)).toBe("M 50 0 A 50 50 0 1 1 50 100 A 50 50 0 1 1 50 0 Z");
    expect(sectorPath(0, 50)).toBe("");
    expect(sectorPath(0.25, 50)).toBe("M 50 50 L 50 0 A 50 50 0 0 1 100 50 Z");
  });

  it("uses the large arc exactly when more than half is left", () => {
    expect(sectorPath(0.75, 50)).toBe("M 50 50 L 50 0 A 50 50 0 1 1 0 50 Z");
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (share) => {
        const flag = sectorPath(share, 50).split(" ")[10];
        return flag === (share > 0.5 ? "1" : "0");
      }),
    );
  });
});

describe("timeLeftWords", () => {
  const speakers = Object.fromEntries(
    (["en", "de", "ar"] as const).map((locale) => {
      const t = createTranslator({ locale, messages: messages[locale], namespace: "tablet.timer" });
      return [
        locale,
        (key: "up" | "minutes" | "seconds", values?: Record<string, number>) => t(key, values),
      ];
    }),
  );

  it("says minutes, then seconds, then that time is up", () => {
    const en = speakers.en!;
    expect(timeLeftWords(300, en)).toBe("About 5 minutes left");
    expect(timeLeftWords(61, en)).toBe("About 2 minutes left");
    expect(timeLeftWords(60, en)).toBe("About 1 minute left");
    expect(timeLeftWords(59, en)).toBe("59 seconds left");
    expect(timeLeftWords(1, en)).toBe("1 second left");
    expect(timeLeftWords(0, en)).toBe("Time is up");
  });

  it("uses each language's plural forms (German one/other, Arabic one/two/few/many)", () => {
    expect(timeLeftWords(60, speakers.de!)).toBe("Noch etwa 1 Minute");
    expect(timeLeftWords(600, speakers.de!)).toBe("Noch etwa 10 Minuten");
    expect(timeLeftWords(1, speakers.ar!)).toBe("بقيت ثانية واحدة");
    expect(timeLeftWords(2, speakers.ar!)).toBe("بقيت ثانيتان");
    expect(timeLeftWords(5, speakers.ar!)).toBe("بقيت 5 ثوانٍ");
    expect(timeLeftWords(11, speakers.ar!)).toBe("بقيت 11 ثانية");
  });
});
