// What the browser is given of a language's messages: the parts its components translate, not
// every namespace. Each page, and each of its refreshes (the live dashboard re-renders on every
// change of the family, issue 22), carried all 40 KB of them; the tablet's kid pages twice, once
// for the tablet's language and once for the kid's. lib/i18n/client-messages.test.ts reads the
// source (lib/i18n/client-graph.ts) and fails when a list here misses a part a client component
// translates, or keeps one none does.

/** The parts any page's client components translate (the root layout gives these). */
export const CLIENT_MESSAGES = [
  "account.email",
  "account.language",
  "account.name",
  "account.notifications",
  "account.password",
  "auth.signIn",
  "auth.signUp",
  "away.pattern",
  "away.range",
  "dashboard.check",
  "dashboard.live",
  "family.addKid",
  "family.apiTokens",
  "family.avatarPicker",
  "family.calendars",
  "family.invite",
  "family.invites",
  "family.kid",
  "family.look",
  "family.parents",
  "family.settings",
  "family.tablet",
  "family.triggers",
  "family.webhooks",
  "habits",
  "layout.failed",
  "layout.nav",
  "money",
  "rewards.form",
  "routines.card",
  "routines.editor",
  "routines.item",
  "routines.picker",
  "routines.preview",
  "routines.sortable",
  "routines.turns",
  "tablet",
  "tabletAdmin.exit",
  "ui",
] as const;

/** The parts a kid's pages on the tablet translate, in the kid's language (KidLanguage). */
export const KID_CLIENT_MESSAGES = ["habits.units", "layout.failed", "money", "tablet"] as const;

type Tree = { [key: string]: unknown };
const picked = new WeakMap<object, Map<string, Tree>>();

/**
 * The parts `paths` name ("tablet", "routines.editor") of a messages tree, in its shape. A part a
 * language lacks is left out, as it was missing before. Kept per tree and list: a language's
 * tree is loaded once per process (lib/i18n/messages.ts), so each request reuses the copy.
 */
export function pickMessages(messages: object, paths: readonly string[]): Tree {
  const key = paths.join(",");
  let byPaths = picked.get(messages);
  if (!byPaths) picked.set(messages, (byPaths = new Map()));
  let result = byPaths.get(key);
  if (result) return result;
  result = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const k of keys) from = (from as Tree | undefined)?.[k];
    if (from === undefined) continue;
    let into = result;
    for (const k of keys.slice(0, -1)) into = (into[k] ??= {}) as Tree;
    into[keys.at(-1)!] = from;
  }
  byPaths.set(key, result);
  return result;
}
