// A small parser of prisma/schema.prisma's text, for the ER diagram (scripts/er-diagram.ts).
//
// Not Prisma's getDMMF: that lives in @prisma/internals, which is not installed, and neither
// @prisma/client nor the prisma CLI exports it. The parser knows what a diagram needs: models,
// their fields, @id, @unique, @@id, @@unique and @relation. It does not validate the schema;
// `prisma validate` does.

export type Relation = { name?: string; fields: string[] };
export type Field = {
  name: string;
  type: string;
  list: boolean;
  optional: boolean;
  id: boolean;
  unique: boolean;
  relation?: Relation;
};
export type Model = {
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
