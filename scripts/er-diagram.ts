// The Mermaid ER diagram of prisma/schema.prisma, kept in docs/database.md.
//
//   npm run db:diagram                   rewrites the diagram between the markers in docs/database.md
//   npx tsx scripts/er-diagram.ts        prints it
//
// scripts/er-diagram.test.ts fails when the committed diagram differs from the schema's.
//
// The schema is read by a small parser of its text, not by Prisma's getDMMF: that lives in
// @prisma/internals, which is not installed, and neither @prisma/client nor the prisma CLI exports
// it. The parser knows what a diagram needs: models, their fields, @id, @unique, @@id, @@unique
// and @relation. It does not validate the schema; `prisma validate` does.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
export const SCHEMA_PATH = resolve(root, "prisma/schema.prisma");
export const DOC_PATH = resolve(root, "docs/database.md");
export const START_MARKER = "<!-- er-diagram:start -->";
export const END_MARKER = "<!-- er-diagram:end -->";

type Relation = { name?: string; fields: string[] };
type Field = {
  name: string;
  type: string;
  list: boolean;
  optional: boolean;
  id: boolean;
  unique: boolean;
  relation?: Relation;
};
type Model = {
  name: string;
  fields: Field[];
  /** Field sets of @@id / @id. */
  primaryKey: string[];
  /** Field sets of @@unique and @unique, one entry per constraint. */
  uniques: string[][];
};

/** Removes `//` and `///` comments, leaving string literals alone. */
function stripComments(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else {
      out += char;
    }
  }
  return out;
}

/** Splits on `separator` at depth 0 of (), [] and {}, outside strings. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === "\\") {
        current += char + (text[++i] ?? "");
        continue;
      }
      if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if ("([{".includes(char)) depth++;
    else if (")]}".includes(char)) depth--;
    else if (char === separator && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

type Attribute = { name: string; args: string[] };

/** Index just past the `)` that closes the `(` at `open`, skipping strings. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i + 1;
  }
  throw new Error(`Unbalanced parentheses in: ${text}`);
}

/**
 * `@id @default(uuid()) @relation(fields: [a], references: [b])` → the attributes with their
 * arguments. With prefix "@@", the block attributes of a model (`@@unique([a, b])`).
 */
function parseAttributes(text: string, prefix: "@" | "@@"): Attribute[] {
  const attributes: Attribute[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    if (char !== "@") continue;
    const isBlock = text[i + 1] === "@";
    const name = /^[\w.]+/.exec(text.slice(i + (isBlock ? 2 : 1)))?.[0];
    if (!name) continue;
    let end = i + (isBlock ? 2 : 1) + name.length;
    let args: string[] = [];
    if (text[end] === "(") {
      const close = closingParen(text, end);
      args = splitTopLevel(text.slice(end + 1, close - 1), ",");
      end = close;
    }
    if (isBlock === (prefix === "@@")) attributes.push({ name, args });
    i = end - 1;
  }
  return attributes;
}

/** The value of `key: value` among the arguments, or the first positional argument (key null). */
function argument(args: string[], key: string | null): string | undefined {
  for (const arg of args) {
    const named = /^(\w+)\s*:\s*([\s\S]*)$/.exec(arg);
    if (key === null && !named) return arg;
    if (named && named[1] === key) return named[2]!.trim();
  }
  return undefined;
}

/** `[a, b(sort: Desc)]` → ["a", "b"]. */
function fieldList(value: string | undefined): string[] {
  if (!value) return [];
  const inner = value.trim().replace(/^\[/, "").replace(/\]$/, "");
  return splitTopLevel(inner, ",").map((name) => name.replace(/\(.*$/s, "").trim());
}

function unquote(value: string | undefined): string | undefined {
  return value?.trim().replace(/^"(.*)"$/s, "$1");
}

/** The top-level blocks of a schema: `model X { … }`, `enum Y { … }` and the rest. */
function blocks(text: string): { kind: string; name: string; body: string }[] {
  const found: { kind: string; name: string; body: string }[] = [];
  const header = /^[ \t]*(\w+)[ \t]+(\w+)[ \t]*\{/gm;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    let depth = 1;
    let inString = false;
    let i = match.index + match[0].length;
    for (; i < text.length && depth > 0; i++) {
      const char = text[i]!;
      if (inString) {
        if (char === "\\") i++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === "{") depth++;
      else if (char === "}") depth--;
    }
    if (depth !== 0) throw new Error(`The ${match[1]} ${match[2]} block is not closed.`);
    found.push({
      kind: match[1]!,
      name: match[2]!,
      body: text.slice(match.index + match[0].length, i - 1),
    });
    header.lastIndex = i;
  }
  return found;
}

function parseModel(name: string, body: string): Model {
  const model: Model = { name, fields: [], primaryKey: [], uniques: [] };
  for (const raw of body.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith("@@")) {
      for (const attribute of parseAttributes(line, "@@")) {
        const fields = fieldList(
          argument(attribute.args, "fields") ?? argument(attribute.args, null),
        );
        if (attribute.name === "id") model.primaryKey = fields;
        if (attribute.name === "unique") model.uniques.push(fields);
      }
      continue;
    }
    const declaration = /^(\w+)\s+(\w+(?:\([^)]*\))?)(\[\])?(\?)?(.*)$/.exec(line);
    if (!declaration) throw new Error(`Cannot read this line of model ${name}: ${line}`);
    const [, fieldName, type, list, optional, rest] = declaration;
    const attributes = parseAttributes(rest!, "@");
    const field: Field = {
      name: fieldName!,
      type: type!.replace(/\(.*$/s, ""),
      list: Boolean(list),
      optional: Boolean(optional),
      id: attributes.some((a) => a.name === "id"),
      unique: attributes.some((a) => a.name === "unique"),
    };
    const relation = attributes.find((a) => a.name === "relation");
    if (relation) {
      field.relation = {
        name: unquote(argument(relation.args, "name") ?? argument(relation.args, null)),
        fields: fieldList(argument(relation.args, "fields")),
      };
    }
    if (field.id) model.primaryKey = [field.name];
    if (field.unique) model.uniques.push([field.name]);
    model.fields.push(field);
  }
  return model;
}

export function parseSchema(schemaText: string): Model[] {
  return blocks(stripComments(schemaText))
    .filter((block) => block.kind === "model")
    .map((block) => parseModel(block.name, block.body));
}

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
