import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCALES, directionOf, isLocale, negotiateLocale } from "@/lib/i18n/locales";

describe("negotiateLocale", () => {
  it("takes the browser's first language we speak", () => {
    expect(negotiateLocale("de-CH,de;q=0.9,en;q=0.8")).toBe("de");
    expect(negotiateLocale("ja,fr;q=0.7,en;q=0.5")).toBe("fr");
    expect(negotiateLocale("pt-PT,pt;q=0.9")).toBe("pt-BR");
    expect(negotiateLocale("pt-br")).toBe("pt-BR");
    expect(negotiateLocale("ar-EG")).toBe("ar");
    expect(negotiateLocale("en;q=0.5,es;q=0.9")).toBe("es");
  });

  it("falls back to English for nothing, nonsense or languages we lack", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale("*")).toBe("en");
    expect(negotiateLocale("ja,zh;q=0.9")).toBe("en");
    expect(negotiateLocale("de;q=0")).toBe("en");
  });

  it("always answers one of our languages, whatever the header (property)", () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect(isLocale(negotiateLocale(header))).toBe(true);
      }),
    );
  });
});

describe("direction", () => {
  it("is right to left for Arabic only", () => {
    expect(LOCALES.filter((locale) => directionOf(locale) === "rtl")).toEqual(["ar"]);
  });
});
