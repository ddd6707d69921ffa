// The demo family's logins of one DATA_DIR: made on its first start (prisma/demo-family.ts
// demoSecrets), said once on the console, and kept here, readable by the owner only.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { demoParents, type DemoSecrets } from "../../prisma/demo-family";

export const DEMO_LOGINS_FILE = "demo-logins.txt";

export function writeDemoLogins(directory: string, secrets: DemoSecrets): string {
  const file = join(directory, DEMO_LOGINS_FILE);
  writeFileSync(
    file,
    [
      "The demo family's logins, made by the first `npm start` of this data directory.",
      "Change the password on the Account page if the family keeps using it.",
      `parents:  ${demoParents.map((parent) => parent.email).join(", ")}`,
      `password: ${secrets.password}`,
      `Leo's PIN on the tablet: ${secrets.pin}`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  return file;
}

/** The password kept for this DATA_DIR, if any (benchmarks sign in with it). */
export function readDemoPassword(directory: string): string | undefined {
  const file = join(directory, DEMO_LOGINS_FILE);
  if (!existsSync(file)) return undefined;
  return /^password: (.+)$/m.exec(readFileSync(file, "utf8"))?.[1]?.trim();
}
