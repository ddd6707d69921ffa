// The words server code says to people (issue 18): validation errors, action results, refusals.
// They are written in English where they arise (the JSON API answers them as they are) and
// translated on their way to a page by `translateState` (lib/i18n/server-messages.ts), looked up
// by a key made from the English text. This finds them in the source, for the catalogue
// messages/en/server.json and for the test that keeps it complete.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** A short stable key for an English message: "m" + FNV-1a of its text, base 36. */
export function messageKey(english: string): string {
  let hash = 0x811c9dc5;
  for (const char of english) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `m${hash.toString(36)}`;
}

// Not where people's words live: tests, generated code, the API (English by decision), tooling.
const SKIP = /(\.test\.ts$|\/generated\/|\/api\/|\/testing\/|\/bench\/|\/i18n\/)/;
const LITERAL = /"((?:[^"\\\n]|\\.)*)"/g;
// A sentence: a capital first, an end mark last after a letter, a digit or a {placeholder}.
const SENTENCE = /^[A-Z“‘][^"]*[a-z0-9”’}][.!?…”]$/;
// Lines whose strings are for developers or the API's documentation, not for people.
const DEVELOPER = /description:|\.meta\(|throw new Error\(|console\.|logSecurityEvent|summary:/;

/** Every English sentence in server code (lib/), with one file that says it. */
export function serverSentences(root: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !SKIP.test(path)) {
        for (const line of readFileSync(path, "utf8").split("\n")) {
          if (DEVELOPER.test(line) || /^\s*(\/\/|\*|\/\*)/.test(line)) continue;
          for (const match of line.matchAll(LITERAL)) {
            const text = JSON.parse(`"${match[1]}"`) as string;
            if (SENTENCE.test(text) && !found.has(text)) found.set(text, relative(root, path));
          }
        }
      }
    }
  };
  walk(join(root, "lib"));
  return found;
}
