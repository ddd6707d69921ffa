// What the tablet sends when it syncs its queue, shared by the client queue and the server
// (lib/tablet/sync.ts): each tap with its client event id, the kid, and when it happened by the
// tablet's clock, so an offline tap counts for the day it was made.
import { z } from "zod";
import { MAX_AMOUNT } from "@/lib/habits/measure";

/** At most this many taps per request; a longer queue goes in several. */
export const SYNC_BATCH = 100;
/** A tap older than this when it arrives is refused (kept for parents to see). */
export const SYNC_MAX_AGE_MS = 48 * 60 * 60 * 1000;
/** A tablet clock this far ahead of the server's is refused: the tap's day would be a guess. */
export const SYNC_MAX_AHEAD_MS = 5 * 60 * 1000;

const base = {
  id: z.uuid(),
  kidId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  /**
   * For a kid with a PIN checked by the tablet itself while it had no network: the PIN version it
   * was checked for, and when the kid was last seen before this tap (lib/tablet/offline-pin.ts).
   */
  pass: z
    .strictObject({ pinVersion: z.int().min(0), at: z.iso.datetime({ offset: true }) })
    .optional(),
};

export const tapSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...base, kind: z.literal("check"), itemId: z.uuid() }),
  z.strictObject({
    ...base,
    kind: z.literal("uncheck"),
    itemId: z.uuid(),
    /** The check as the server named it, when the tablet knew it. */
    checkId: z.uuid().optional(),
    /** The client event id of the tap that made the check (known even before it synced). */
    target: z.uuid().optional(),
  }),
  z.strictObject({ ...base, kind: z.literal("habit_log"), habitId: z.uuid() }),
  // A measured habit (issue 21): an amount to add, from a +5 button or a timer.
  z.strictObject({
    ...base,
    kind: z.literal("habit_amount"),
    habitId: z.uuid(),
    amount: z.int().min(1).max(MAX_AMOUNT),
  }),
  // Its undo, by the client event id of the amount's tap (known before it synced); `amount` is
  // what the tablet takes off its own total until the server answers.
  z.strictObject({
    ...base,
    kind: z.literal("habit_amount_undo"),
    habitId: z.uuid(),
    target: z.uuid(),
    amount: z.int().min(1).max(MAX_AMOUNT),
  }),
  z.strictObject({ ...base, kind: z.literal("reward_request"), rewardId: z.uuid() }),
]);
export type Tap = z.infer<typeof tapSchema>;

export const syncRequestSchema = z.strictObject({
  taps: z.array(tapSchema).max(SYNC_BATCH),
  /** Taps the tablet still holds besides these (the Family page shows it). */
  waiting: z.number().int().min(0).max(100_000),
});

export type TapResult = {
  id: string;
  /** done: stored (or already was); undone: a tap undone since; refused: a rule said no. */
  status: "done" | "undone" | "refused";
  checkId?: string;
  reason?: string;
};

export type SyncResponse = {
  results: TapResult[];
  /** Each kid's stars after the batch, for the kids it touched. */
  balances: Record<string, number>;
  serverTime: string;
};
