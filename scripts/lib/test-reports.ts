// Reading what the test runners wrote (scripts/test.ts): their JSON reports, and the names of the
// tests that did not pass, for the summary's last lines.
import { readFileSync } from "node:fs";

/** The file's JSON, or undefined when it is missing or unreadable (the runner did not finish). */
export function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; ok: boolean; file: string; line: number }[];
  suites?: PlaywrightSuite[];
};

/** What Playwright's JSON reporter writes, as far as the summary uses it. */
export type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number };
  suites?: PlaywrightSuite[];
};

/** "file:line › title" of every spec that did not pass, however deep its describe blocks. */
export function playwrightFailures(suites: PlaywrightSuite[]): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => `${spec.file}:${spec.line} › ${spec.title}`),
    ...playwrightFailures(suite.suites ?? []),
  ]);
}
