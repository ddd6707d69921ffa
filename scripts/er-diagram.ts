// The Mermaid ER diagram of prisma/schema.prisma, kept in docs/database.md.
//
//   npm run db:diagram                   rewrites the diagram between the markers in docs/database.md
//   npx tsx scripts/er-diagram.ts        prints it
//
// scripts/er-diagram.test.ts fails when the committed diagram differs from the schema's. The
// schema is read by scripts/lib/prisma-schema.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseSchema, type Field, type Model } from "./lib/prisma-schema";

const root = resolve(import.meta.dirname, "..");
export const SCHEMA_PATH = resolve(root, "prisma/schema.prisma");
export const DOC_PATH = resolve(root, "docs/database.md");
export const START_MARKER = "<!-- er-diagram:start -->";
export const END_MARKER = "<!-- er-diagram:end -->";

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((name) => b.includes(name));
}

/** A relation's other side: the field of `model` that points back at `from` under the same name. */
function backRelation(model: Model | undefined, from: Model, field: Field): Field | undefined {
  return model?.fields.find(
    (candidate) =>
      candidate.type === from.name &&
      candidate.relation?.name === field.relation?.name &&
      !(model.name === from.name && candidate.name === field.name),
  );
}

function attributeLine(model: Model, field: Field, foreignKeys: Set<string>): string {
  const keys: string[] = [];
  if (model.primaryKey.includes(field.name)) keys.push("PK");
  if (foreignKeys.has(field.name)) keys.push("FK");
  if (model.uniques.some((fields) => sameSet(fields, [field.name]))) keys.push("UK");
  // Several columns unique together, unless the primary key is among them: those (id, familyId)
  // constraints exist only as targets of the composite foreign keys (decision 002).
  const together = model.uniques
    .filter((fields) => fields.length > 1 && fields.includes(field.name))
    .filter((fields) => !model.primaryKey.some((key) => fields.includes(key)))
    .map((fields) => `unique (${fields.join(", ")})`);
  const type = `${field.type}${field.list ? "[]" : ""}`;
  const comment = together.length > 0 ? ` "${together.join("; ")}"` : "";
  return `    ${type} ${field.name}${keys.length > 0 ? ` ${keys.join(", ")}` : ""}${comment}`;
}

/** The diagram as Mermaid text, ending with a newline. */
export function erDiagram(schemaText: string): string {
  const models = parseSchema(schemaText);
  const byName = new Map(models.map((model) => [model.name, model]));
  const lines = ["erDiagram"];

  for (const model of models) {
    const foreignKeys = new Set(model.fields.flatMap((field) => field.relation?.fields ?? []));
    lines.push(`  ${model.name} {`);
    for (const field of model.fields) {
      if (byName.has(field.type)) continue; // a relation, drawn as a line below
      lines.push(attributeLine(model, field, foreignKeys));
    }
    lines.push("  }");
  }

  const drawn = new Set<Field>();
  for (const model of models) {
    for (const field of model.fields) {
      const target = byName.get(field.type);
      if (!target || drawn.has(field)) continue;
      const other = backRelation(target, model, field);
      const foreignKey = field.relation?.fields ?? [];
      if (foreignKey.length > 0) {
        // This model holds the foreign key: it is the many (or the zero-or-one) side.
        const fkFields = foreignKey.map((name) => model.fields.find((f) => f.name === name));
        const optional = fkFields.some((f) => f?.optional) || field.optional;
        const uniqueKey = [model.primaryKey, ...model.uniques].some(
          (fields) => fields.length > 0 && fields.every((name) => foreignKey.includes(name)),
        );
        const atMostOne = uniqueKey || (other !== undefined && !other.list);
        lines.push(
          `  ${target.name} ${optional ? "|o" : "||"}--${atMostOne ? "o|" : "o{"} ${model.name} : ${field.name}`,
        );
        drawn.add(field);
        if (other) drawn.add(other);
      } else if (other && !(other.relation?.fields.length ?? 0) && field.list && other.list) {
        // An implicit many-to-many relation: neither side has a foreign key.
        lines.push(`  ${model.name} }o--o{ ${target.name} : ${field.name}`);
        drawn.add(field);
        drawn.add(other);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The diagram between the markers, as the fenced block the document holds. */
export function diagramBlock(diagram: string): string {
  return `${START_MARKER}\n\n\`\`\`mermaid\n${diagram}\`\`\`\n\n${END_MARKER}`;
}

/** The diagram currently in the document, or undefined when the markers are missing. */
export function committedDiagram(doc: string): string | undefined {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start < 0 || end < start) return undefined;
  const block = doc.slice(start + START_MARKER.length, end);
  const fenced = /```mermaid\n([\s\S]*?)```/.exec(block);
  return fenced?.[1] ?? "";
}

export function withDiagram(doc: string, diagram: string): string {
  const start = doc.indexOf(START_MARKER);
  const end = doc.indexOf(END_MARKER);
  if (start < 0 || end < start)
    throw new Error(`${DOC_PATH} needs the markers ${START_MARKER} and ${END_MARKER}.`);
  return doc.slice(0, start) + diagramBlock(diagram) + doc.slice(end + END_MARKER.length);
}

function main() {
  const diagram = erDiagram(readFileSync(SCHEMA_PATH, "utf8"));
  if (!process.argv.includes("--write")) {
    process.stdout.write(diagram);
    return;
  }
  const doc = readFileSync(DOC_PATH, "utf8");
  const updated = withDiagram(doc, diagram);
  if (updated === doc) {
    console.log("docs/database.md: the ER diagram is up to date");
    return;
  }
  writeFileSync(DOC_PATH, updated);
  console.log("docs/database.md: ER diagram rewritten from prisma/schema.prisma");
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
