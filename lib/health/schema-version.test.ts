import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LATEST_MIGRATION } from "@/lib/health/schema-version";

describe("LATEST_MIGRATION", () => {
  it("names the newest folder in prisma/migrations (update it with every new migration)", () => {
    const folders = readdirSync(resolve(import.meta.dirname, "../../prisma/migrations"), {
      withFileTypes: true,
    })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(LATEST_MIGRATION).toBe(folders.at(-1));
  });
});
