// For scripts/smoke-embedded.sh: exits 0 when the demo parent's stored hash opens with the
// password kept in DATA_DIR and with no word of the README (nor the fixed password it printed
// before 2026-11-29); 1 otherwise.
//   tsx scripts/lib/demo-password-check.ts HASH KEPT_PASSWORD
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { verify } from "@node-rs/argon2";

const [hash, kept] = process.argv.slice(2);
if (!hash || !kept) process.exit(1);
const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
const words = new Set(["sunny-breakfast-42", ...(readme.match(/[\w.@-]{8,}/g) ?? [])]);
for (const word of words) {
  if (await verify(hash, word)) {
    console.error(`the README's "${word}" opens the demo family`);
    process.exit(1);
  }
}
process.exit((await verify(hash, kept)) ? 0 : 1);
