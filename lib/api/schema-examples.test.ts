import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exampleFromSchema, typeLabel, type JsonSchema } from "@/lib/api/schema-examples";
import { familyDto } from "@/lib/api/v1/dto";
import { routineDto, todayDto } from "@/lib/api/v1/routine-dto";
import { habitLogDto } from "@/lib/api/v1/habit-dto";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "output" }) as JsonSchema;

describe("exampleFromSchema", () => {
  it.each([
    ["Routine", routineDto],
    ["HabitLog", habitLogDto],
    ["MemberToday", todayDto],
    ["Family", familyDto],
  ] as const)("gives a %s example that the schema itself accepts", (_, schema) => {
    expect(schema.safeParse(exampleFromSchema(json(schema))).success).toBe(true);
  });

  it("fills nullable fields with their non-null form and lists with one entry", () => {
    const example = exampleFromSchema(
      json(z.object({ note: z.string().nullable(), tags: z.array(z.uuid()) })),
    );
    expect(example).toEqual({ note: "string", tags: ["3f2b8c1e-5d4a-4b6f-9e21-7a0c5d8e9f10"] });
  });

  it("stops at a depth limit instead of recursing forever", () => {
    let deep: JsonSchema = { type: "string" };
    for (let i = 0; i < 50; i++) deep = { type: "array", items: deep };
    expect(JSON.stringify(exampleFromSchema(deep))).toBe(`${"[".repeat(9)}null${"]".repeat(9)}`);
  });
});

describe("typeLabel", () => {
  it("names formats, ranges, enums, lists and nullables", () => {
    expect(typeLabel(json(z.uuid()))).toBe("string (uuid)");
    expect(typeLabel(json(z.number().int().min(1).max(7)))).toBe("integer 1–7");
    expect(typeLabel(json(z.enum(["DAILY", "WEEKLY"])))).toBe('"DAILY" | "WEEKLY"');
    expect(typeLabel(json(z.array(z.string())))).toBe("array of string");
    expect(typeLabel(json(z.string().nullable()))).toBe("string | null");
  });
});
