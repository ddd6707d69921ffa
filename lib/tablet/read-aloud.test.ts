import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardWords, pickVoice, type VoiceInfo } from "@/lib/tablet/read-aloud";

const voice = (lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo & { name: string } => ({
  name: `${lang}${extra.localService ? " local" : ""}${extra.default ? " default" : ""}`,
  lang,
  localService: false,
  default: false,
  ...extra,
});

describe("pickVoice", () => {
  it("prefers the exact language tag", () => {
    const voices = [voice("en-US", { default: true }), voice("en-GB"), voice("de-DE")];
    expect(pickVoice(voices, "en-GB")?.lang).toBe("en-GB");
  });

  it("falls back to the same language, a device voice first", () => {
    const voices = [voice("fr-FR"), voice("en-US"), voice("en-AU", { localService: true })];
    expect(pickVoice(voices, "en-GB")?.lang).toBe("en-AU");
  });

  it("matches underscores and case as browsers report them", () => {
    expect(pickVoice([voice("pt_BR")], "pt-br")?.lang).toBe("pt_BR");
  });

  it("answers null when no voice speaks the language (the browser's default then speaks)", () => {
    expect(pickVoice([voice("de-DE"), voice("fr-FR")], "ar")).toBeNull();
    expect(pickVoice([], "en")).toBeNull();
  });

  it("never picks a voice of another language", () => {
    const tag = fc.constantFrom("en", "en-US", "en-GB", "de", "de-DE", "ar", "ar-EG", "es-ES");
    const voices = fc.array(
      fc.record({ lang: tag, localService: fc.boolean(), default: fc.boolean() }),
    );
    fc.assert(
      fc.property(voices, tag, (list, lang) => {
        const picked = pickVoice(list, lang);
        const same = list.filter((v) => v.lang.split("-")[0] === lang.split("-")[0]);
        if (same.length === 0) return picked === null;
        return picked !== null && picked.lang.split("-")[0] === lang.split("-")[0];
      }),
    );
  });
});

describe("cardWords", () => {
  it("reads the title, then the items", () => {
    expect(
      cardWords({ title: "Get dressed", items: [{ label: "Socks" }, { label: "Shirt" }] }),
    ).toBe("Get dressed: Socks, Shirt.");
  });

  it("reads only the title of a card without items", () => {
    expect(cardWords({ title: "Breakfast", items: [] })).toBe("Breakfast.");
  });
});
