// Sentences with values (issue 18): English for the API, the reader's words on a page, days and
// plurals as each language writes them.
import { describe, expect, it } from "vitest";
import { day, sentence } from "@/lib/i18n/sentence";
import { messageKey } from "@/lib/i18n/server-catalogue";
import de from "@/messages/de/server.json";
import ar from "@/messages/ar/server.json";
import fr from "@/messages/fr/server.json";
import { tooManyAttempts } from "@/lib/auth/rules";

const inLanguage = (
  catalogue: Record<string, string>,
  locale: string,
  words: ReturnType<typeof sentence>,
) => words.format(locale, catalogue[messageKey(words.template)]);

describe("a sentence with values", () => {
  it("is English as a string, with the day written out, never ISO", () => {
    const checked = sentence("Checked for {day}.", { day: day("2026-11-27") });
    expect(String(checked)).toBe("Checked for Friday, Nov 27.");
    expect(`${checked}`).not.toMatch(/2026-11-27/);
  });

  it("keeps a name as typed and writes the day in the reader's language", () => {
    const refusal = sentence("“{routine}” did not exist yet on {day}.", {
      routine: "Morgenroutine {x}",
      day: day("2026-11-27"),
    });
    expect(inLanguage(de, "de", refusal)).toBe(
      "„Morgenroutine {x}“ gab es am Freitag, 27. Nov. noch nicht.",
    );
    expect(inLanguage(fr, "fr", refusal)).toBe(
      "« Morgenroutine {x} » n’existait pas encore le vendredi 27 nov.",
    );
  });

  it("says plurals as each language does", () => {
    expect(String(tooManyAttempts(30))).toBe("Too many attempts. Try again in 1 minute.");
    expect(inLanguage(de, "de", tooManyAttempts(30))).toBe(
      "Zu viele Versuche. Versuche es in 1 Minute noch einmal.",
    );
    expect(inLanguage(de, "de", tooManyAttempts(600))).toBe(
      "Zu viele Versuche. Versuche es in 10 Minuten noch einmal.",
    );
    // Arabic has a dual: two minutes is one word, not "2 minutes".
    expect(inLanguage(ar, "ar", tooManyAttempts(120))).toBe(
      "محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقتين.",
    );
  });
});
