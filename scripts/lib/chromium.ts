// Which Chromium the browser tests drive: CHROMIUM_PATH, then Debian's, then Playwright's own.
// (On machines that cannot download browsers, `playwright install` is not an option.)
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own installed.
  }
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}
