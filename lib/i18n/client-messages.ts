// What the browser is given of a language's messages: the parts its client components translate,
// where they are drawn, not every namespace. Every page and every refresh (the live dashboard
// re-renders on each change of the family, the tablet after a kid's taps: issue 22) carried all
// 43 KB of them, a kid's page twice (the tablet's language and hers). Now:
// - the root layout gives FRAME_MESSAGES, what the layouts, the error and not-found screens say;
// - a section's layout adds its own parts (SECTION_MESSAGES, components/i18n/section-messages.tsx);
// - a kid's pages get KID_MESSAGES in her language (components/tablet/kid-language.tsx).
// lib/i18n/client-messages.test.ts reads the source (lib/testing/client-graph.ts) and fails when a
// list misses a part a client component there translates, or keeps one none does (decision 031).

import type { MessageTree } from "@/lib/i18n/merge-messages";

/** What the layouts' client components and the error and not-found screens translate. */
export const FRAME_MESSAGES = ["layout.failed", "layout.nav", "ui.toast"] as const;

/**
 * Each section's parts, beside the frame's, by its folder under app/; its layout gives them.
 * A page outside every section translates nothing in the browser but the frame's.
 */
export const SECTION_MESSAGES = {
  "(parent)/account": [
    "account.email",
    "account.language",
    "account.name",
    "account.notifications",
    "account.password",
    "ui",
  ],
  "(parent)/away": ["away.pattern", "away.range", "ui"],
  "(parent)/dashboard": ["dashboard.check", "dashboard.live", "ui"],
  "(parent)/family": [
    "family.addKid",
    "family.apiTokens",
    "family.avatarPicker",
    "family.calendars",
    "family.invites",
    "family.kid",
    "family.look",
    "family.parents",
    "family.settings",
    "family.tablet",
    "family.triggers",
    "family.webhooks",
    "ui",
  ],
  "(parent)/habits": ["habits", "ui"],
  "(parent)/money": ["money", "ui"],
  "(parent)/rewards": ["rewards.form", "ui"],
  "(parent)/routines": [
    "routines.card",
    "routines.editor",
    "routines.item",
    "routines.picker",
    "routines.preview",
    "routines.sortable",
    "routines.turns",
    "tablet",
    "ui",
  ],
  "(public)": ["auth.signIn", "auth.signUp", "ui"],
  invite: ["family.invite", "ui"],
  onboarding: ["family.addKid", "family.avatarPicker", "family.settings", "ui"],
  "tablet/exit": ["tabletAdmin.exit", "ui"],
} as const satisfies Record<string, readonly string[]>;

export type Section = keyof typeof SECTION_MESSAGES;

/** What a kid's pages on the tablet translate, in the kid's language (the frame's included). */
export const KID_MESSAGES = ["habits.units", "layout.failed", "money", "tablet"] as const;

const picked = new WeakMap<object, Map<string, MessageTree>>();

/**
 * The parts `paths` name ("tablet", "routines.editor") of a messages tree, in its shape. A part a
 * language lacks is left out, as it was missing before. Kept per tree and list: a language's
 * tree is loaded once per process (lib/i18n/messages.ts), so each request reuses the copy.
 */
export function pickMessages(messages: object, paths: readonly string[]): MessageTree {
  const key = paths.join(",");
  let byPaths = picked.get(messages);
  if (!byPaths) picked.set(messages, (byPaths = new Map()));
  let result = byPaths.get(key);
  if (result) return result;
  result = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: unknown = messages;
    for (const k of keys) from = (from as MessageTree | undefined)?.[k];
    if (from === undefined) continue;
    let into = result;
    for (const k of keys.slice(0, -1)) into = (into[k] ??= {}) as MessageTree;
    into[keys.at(-1)!] = from;
  }
  byPaths.set(key, result);
  return result;
}
