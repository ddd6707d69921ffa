// Apart from lib/i18n/client-messages.ts so the browser's bundle takes this function without the
// lists of parts.

type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Two trees of parts as one: the frame's "ui.toast" and a section's "ui" make one "ui". */
export function mergeMessages(base: Tree, more: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(more)) {
    const mine = out[key];
    out[key] = isTree(mine) && isTree(value) ? mergeMessages(mine, value) : value;
  }
  return out;
}
