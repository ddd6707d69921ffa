// Every language has every message, each one is valid ICU, and each says the same placeholders
// as the English one (a translation that drops {name} would show a routine without its name).
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import compile from "icu-minify/compile";
import format from "icu-minify/format";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { NAMESPACES } from "@/lib/i18n/messages";
import { pseudoMessage, pseudoMessages } from "@/lib/i18n/pseudo";
import { messageKey, serverSentences } from "@/lib/i18n/server-catalogue";

const root = resolve(import.meta.dirname, "../../messages");

/** A language's messages as the app loads them: one tree per namespace file. */
const read = (locale: string) =>
  Object.fromEntries(
    readdirSync(resolve(root, locale)).map((file) => [
      file.replace(/\.json$/, ""),
      JSON.parse(readFileSync(resolve(root, locale, file), "utf8")) as unknown,
    ]),
  );

const ALL = Object.fromEntries(LOCALES.map((locale) => [locale, read(locale)])) as Record<
  Locale,
  Record<string, unknown>
>;
const en = ALL.en;

/** "tablet.board.next" → message, for every leaf. */
function flatten(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The placeholders a message uses: {name}, {count, plural, …}. */
// ICU's element types (@formatjs/icu-messageformat-parser TYPE): 0 literal, 7 pound, 8 tag.
const LITERAL = 0;
const POUND = 7;
const TAG = 8;

/** The placeholders a message uses: {name}, {count, plural, …}, and <link>…</link> tags. */
function placeholders(message: string, locale: string): string[] {
  return [...elements(message, locale).keys()].sort();
}

/** Each placeholder with its kind: a tag needs a function as its value, the rest a number. */
function elements(message: string, locale: string): Map<string, "tag" | "value"> {
  const names = new Map<string, "tag" | "value">();
  type Element = { type: number; value?: string; options?: object; children?: unknown[] };
  const walk = (list: unknown[]) => {
    for (const element of list as Element[]) {
      if (element.type !== LITERAL && element.type !== POUND && element.value)
        names.set(element.value, element.type === TAG ? "tag" : "value");
      if (element.children) walk(element.children);
      for (const option of Object.values(element.options ?? {}))
        walk((option as { value: unknown[] }).value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return names;
}

const english = flatten(en);

describe("messages", () => {
  it("has the six languages of issue 18, each with one file per namespace the app loads", () => {
    expect(readdirSync(root).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES)
      expect(Object.keys(ALL[locale]).sort(), locale).toEqual([...NAMESPACES].sort());
  });

  it.each(LOCALES)("%s has exactly the English keys", (locale) => {
    expect([...flatten(ALL[locale]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LOCALES)("%s: every message is ICU with the English placeholders", (locale) => {
    for (const [key, message] of flatten(ALL[locale])) {
      expect(message.trim(), `${locale} ${key} is empty`).not.toBe("");
      expect(placeholders(message, locale), `${locale} ${key}`).toEqual(
        placeholders(english.get(key)!, "en"),
      );
      // Formats with sample values without throwing (a plural needs its "other").
      const values = Object.fromEntries(
        [...elements(message, locale)].map(([name, kind]) => [
          name,
          kind === "tag" ? (chunks: unknown[]) => chunks : 2,
        ]),
      );
      expect(() => new IntlMessageFormat(message, locale).format(values)).not.toThrow();
    }
  });

  // Pages format messages parsed on the server (loadPageMessages) with the parser-free half of
  // use-intl: each must read exactly as the full ICU formatter reads it.
  it.each(LOCALES)("%s: every page message reads the same once parsed ahead", (locale) => {
    const formatters = {
      getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
        new Intl.DateTimeFormat(...args),
      getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) =>
        new Intl.NumberFormat(...args),
      getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
        new Intl.PluralRules(...args),
    };
    let compared = 0;
    for (const [key, message] of flatten(ALL[locale])) {
      if (key.startsWith("server.")) continue;
      for (const sample of [0, 1, 2, 5, 11]) {
        const values = Object.fromEntries(
          [...elements(message, locale)].map(([name, kind]) => [
            name,
            kind === "tag" ? (chunks: unknown[]) => `[${chunks.join("")}]` : sample,
          ]),
        );
        const full = new IntlMessageFormat(message, locale).format(values);
        const ahead = format(compile(message), locale, values, { formatters });
        const text = (part: unknown) => (Array.isArray(part) ? part.join("") : String(part));
        expect(text(ahead), `${locale} ${key} (${sample})`).toBe(text(full));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("catches a broken message (the check can fail)", () => {
    expect(() => placeholders("{count, plural, one {#}", "en")).toThrow();
    expect(placeholders("Hi {name}, {n, plural, one {# star} other {# stars}}", "en")).toEqual([
      "n",
      "name",
    ]);
    expect(placeholders("Add kids on the <link>{page} page</link>.", "en")).toEqual([
      "link",
      "page",
    ]);
  });
});

describe("the pseudo-language", () => {
  it("accents and wraps the words, and keeps every placeholder working", () => {
    expect(pseudoMessage("Read aloud: {name}")).toBe("⟦Réàd àlöûd: {name}⟧");
    const plural = pseudoMessage("{stars, plural, one {# star} other {# stars}}. Rewards");
    expect(new IntlMessageFormat(plural, "en").format({ stars: 3 })).toBe("⟦3 štàrš. Réwàrdš⟧");
    expect(placeholders(plural, "en")).toEqual(["stars"]);
  });

  it("makes every English message different from itself", () => {
    const pseudo = flatten(pseudoMessages(en));
    for (const [key, message] of english) expect(pseudo.get(key), key).not.toBe(message);
  });
});

describe("the server's sentences", () => {
  it("are all in messages/en/server.json (npm run i18n:server adds new ones)", () => {
    const catalogue = en.server as Record<string, string>;
    const sentences = serverSentences(resolve(root, ".."));
    expect(sentences.size).toBeGreaterThan(100);
    for (const [text, file] of sentences)
      expect(catalogue[messageKey(text)], `${file}: “${text}”`).toBe(text);
  });

  it("have keys that tell sentences apart", () => {
    expect(messageKey("Saved.")).toBe(messageKey("Saved."));
    expect(messageKey("Saved.")).not.toBe(messageKey("Saved!"));
  });
});
