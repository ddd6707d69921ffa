// Example values from JSON Schema, for the docs page: every documented response gets a concrete
// example generated from the very schema the handler's answer is checked against.
export type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
  example?: unknown;
};

const SAMPLE_UUID = "3f2b8c1e-5d4a-4b6f-9e21-7a0c5d8e9f10";
const SAMPLE_BY_FORMAT: Record<string, string> = {
  uuid: SAMPLE_UUID,
  date: "2026-11-27",
  "date-time": "2026-11-27T07:30:00.000Z",
  email: "parent@example.com",
};

/** A plausible value for `schema`. Nullable fields get their non-null form; lists get one entry. */
export function exampleFromSchema(schema: JsonSchema, depth = 0): unknown {
  if (depth > 8) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) {
    const nonNull = variants.find((v) => v.type !== "null") ?? variants[0]!;
    return exampleFromSchema(nonNull, depth + 1);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const result: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(schema.properties ?? {}))
        result[key] = exampleFromSchema(value, depth + 1);
      return result;
    }
    case "array":
      return schema.items ? [exampleFromSchema(schema.items, depth + 1)] : [];
    case "integer":
    case "number":
      return schema.minimum !== undefined && schema.minimum > -1e9
        ? Math.max(schema.minimum, 1)
        : 1;
    case "boolean":
      return false;
    case "null":
      return null;
    case "string":
      if (schema.format && SAMPLE_BY_FORMAT[schema.format]) return SAMPLE_BY_FORMAT[schema.format];
      if (schema.pattern?.includes("[01]\\d|2[0-3]")) return "07:30";
      return "string";
    default:
      return null;
  }
}

/** A short type label for the docs: "string (uuid)", "integer 1–7", "array of object", "string | null". */
export function typeLabel(schema: JsonSchema): string {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeLabel).join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (type === "array") return `array of ${schema.items ? typeLabel(schema.items) : "any"}`;
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < 1e9
      ? ` ${schema.minimum}–${schema.maximum}`
      : "";
  return `${type}${schema.format ? ` (${schema.format})` : ""}${range}`;
}
