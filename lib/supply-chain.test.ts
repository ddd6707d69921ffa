// SECURITY.md #22: framework and auth packages are pinned exactly, and never below versions with
// known critical advisories (Next's middleware bypass CVE-2025-29927 and the React Server
// Components remote code execution CVE-2025-55182 / its Next counterpart).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const installed = (name: string) =>
  (
    JSON.parse(readFileSync(resolve(root, "node_modules", name, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

function atLeast(version: string, minimum: string): boolean {
  const a = version.split(/[.-]/).slice(0, 3).map(Number);
  const b = minimum.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  return true;
}

const MINIMUM = { next: "16.0.7", react: "19.2.1", "react-dom": "19.2.1", "next-auth": "5.0.0" };

describe("supply chain", () => {
  it("pins framework, auth and database packages to exact versions", () => {
    for (const name of [
      "next",
      "react",
      "react-dom",
      "next-auth",
      "@prisma/client",
      "prisma",
      "@prisma/adapter-pg",
      "zod",
    ]) {
      expect(manifest.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    }
  });

  it.each(Object.entries(MINIMUM))("installs %s at or above %s", (name, minimum) => {
    expect(atLeast(installed(name), minimum), `${name}@${installed(name)}`).toBe(true);
    expect(installed(name)).toBe(manifest.dependencies[name]);
  });

  it("compares versions correctly (the check can fail)", () => {
    expect(atLeast("16.0.6", "16.0.7")).toBe(false);
    expect(atLeast("15.9.9", "16.0.7")).toBe(false);
    expect(atLeast("19.2.1", "19.2.1")).toBe(true);
    expect(atLeast("5.0.0-beta.32", "5.0.0")).toBe(true);
  });
});
