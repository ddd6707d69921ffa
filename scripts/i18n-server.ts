// npm run i18n:server: adds every English sentence of server code to messages/en/server.json
// (keyed by lib/i18n/server-catalogue.ts's messageKey) and drops the ones no longer said. The
// other languages are then translated by hand; lib/i18n/messages.test.ts says which keys miss.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { messageKey, serverSentences } from "@/lib/i18n/server-catalogue";

const root = resolve(import.meta.dirname, "..");
const file = resolve(root, "messages/en/server.json");
const before = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
const sentences = [...serverSentences(root).keys()].sort();
const catalogue = Object.fromEntries(sentences.map((text) => [messageKey(text), text]));
writeFileSync(file, `${JSON.stringify(catalogue, null, 2)}\n`);
const added = Object.keys(catalogue).filter((key) => !(key in before)).length;
const dropped = Object.keys(before).filter((key) => !(key in catalogue)).length;
console.log(
  `messages/en/server.json: ${sentences.length} sentences (${added} new, ${dropped} gone)`,
);
