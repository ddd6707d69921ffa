// Apart from lib/i18n/client-messages.ts so the browser's bundle takes this function without the
// lists of parts.

/** A tree of messages, or a part of one: namespaces down to their messages. */
export type MessageTree = { [key: string]: unknown };

const isTree = (value: unknown): value is MessageTree =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Two trees of parts as one: the frame's "ui.toast" and a section's "ui" make one "ui". */
export function mergeMessages(base: MessageTree, more: MessageTree): MessageTree {
  const out: MessageTree = { ...base };
  for (const [key, value] of Object.entries(more)) {
    const mine = out[key];
    out[key] = isTree(mine) && isTree(value) ? mergeMessages(mine, value) : value;
  }
  return out;
}
