import { describe, expect, it } from "vitest";
import { CURRENT_ZONE_NAMES, zoneChoices } from "@/lib/time/zones";
import { isTimeZone } from "@/lib/time/rules";

describe("zoneChoices", () => {
  const choices = zoneChoices(Intl.supportedValuesOf("timeZone"));
  const values = choices.map((c) => c.value);

  it("lists today's names, with UTC, and no old name as a choice", () => {
    expect(values).toContain("Asia/Kolkata");
    expect(values).toContain("Europe/Kyiv");
    expect(values).toContain("UTC");
    for (const old of Object.keys(CURRENT_ZONE_NAMES)) expect(values).not.toContain(old);
    expect(new Set(values).size).toBe(values.length);
    expect([...values].sort()).toEqual(values);
  });

  it("finds Kolkata by its old name and its country too", () => {
    const kolkata = choices.find((c) => c.value === "Asia/Kolkata")!;
    for (const word of ["Kolkata", "Calcutta", "India"]) expect(kolkata.label).toContain(word);
  });

  it("finds a city typed with a space", () => {
    expect(choices.find((c) => c.value === "America/New_York")!.label).toContain("New York");
  });

  it("offers only zones the app accepts", () => {
    for (const value of values) expect(isTimeZone(value), value).toBe(true);
  });
});
