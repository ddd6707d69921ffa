// A pseudo-language for tests (issue 18): every message of English, accented and wrapped in ⟦ ⟧,
// with its placeholders intact. A page drawn in it shows at a glance, and to a test, every word
// that did not come from the messages: hard-coded English stays plain. Only when I18N_PSEUDO=1.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";

export const PSEUDO_LOCALE = "en-XA";

const ACCENTS: Record<string, string> = {
  a: "à",
  e: "é",
  i: "ï",
  o: "ö",
  u: "û",
  c: "ç",
  n: "ñ",
  y: "ý",
  s: "š",
  z: "ž",
  A: "À",
  E: "É",
  I: "Ï",
  O: "Ö",
  U: "Û",
  C: "Ç",
  N: "Ñ",
  Y: "Ý",
  S: "Š",
  Z: "Ž",
};
const accent = (text: string) => text.replace(/[a-zA-Z]/g, (letter) => ACCENTS[letter] ?? letter);

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select)
      return {
        ...element,
        options: Object.fromEntries(
          Object.entries(element.options).map(([key, option]) => [
            key,
            { ...option, value: transform(option.value) },
          ]),
        ),
      };
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    return element;
  });
}

/** One message in the pseudo-language: "Hello {name}" → "⟦Héllö {name}⟧". */
export function pseudoMessage(message: string): string {
  return `⟦${printAST(transform(parse(message)))}⟧`;
}

/** A whole messages tree in the pseudo-language. */
export function pseudoMessages<T>(tree: T): T {
  if (typeof tree === "string") return pseudoMessage(tree) as T;
  return Object.fromEntries(
    Object.entries(tree as Record<string, unknown>).map(([key, value]) => [
      key,
      pseudoMessages(value),
    ]),
  ) as T;
}

export const pseudoEnabled = () => process.env.I18N_PSEUDO === "1";
