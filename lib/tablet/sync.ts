import { Sentence, type Words } from "@/lib/i18n/sentence";
import "server-only";
// The tablet's queued taps arriving (issue 15): made offline or online, sent in order, in
// batches, as often as the tablet likes. Each goes through the same data functions as every other
// way in (lib/checks, lib/habits, lib/points), so the same rules hold; the client event id makes a
// repeat harmless. An offline tap counts for the family's day on which it happened by the
// tablet's clock, within a window; a tap a rule refuses is kept for parents, never dropped.
import { checkItem, uncheckByEvent, uncheckItem } from "@/lib/checks/queries";
import { db } from "@/lib/db";
import { wasUndone } from "@/lib/events/undone";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { logAmount, undoAmountByEvent } from "@/lib/habits/amounts";
import { logHabit } from "@/lib/habits/logs";
import { memberBalance } from "@/lib/points/queries";
import { requestReward } from "@/lib/points/rewards";
import { env } from "@/lib/env";
import { renewKidPass, tabletKids } from "@/lib/tablet/queries";
import { devicePassHolds, kidPassHolds, type KidPass } from "@/lib/tablet/rules";
import {
  SYNC_MAX_AGE_MS,
  SYNC_MAX_AHEAD_MS,
  type SyncResponse,
  type Tap,
  type TapResult,
} from "@/lib/tablet/sync-schema";
import { localDateAt, type LocalDate } from "@/lib/time/rules";

export type SyncingTablet = {
  deviceId: string;
  familyId: string;
  timeZone: string;
  dayStartMinute: number;
  /** The kid this tablet is unlocked for: a kid with a PIN needs it, as for the kid's page. */
  pass: KidPass;
};

type Kid = Awaited<ReturnType<typeof tabletKids>>[number];

class Refused extends Error {}

/** Said to parents (the Family page), so in their words, not the kid's. */
// One literal: the catalogue of server sentences finds it whole (lib/i18n/server-catalogue.ts).
const PASS_ENDED =
  "This kid's PIN was not in use on the tablet when it arrived: their turn had ended (a sibling's tap?), or the tablet was offline for longer than it stays unlocked.";

/** The family-local day a tap counts for, or why its time cannot be trusted. */
function dayOf(tap: Tap, tablet: SyncingTablet, now: Date): LocalDate {
  const at = new Date(tap.at);
  if (now.getTime() - at.getTime() > SYNC_MAX_AGE_MS)
    throw new Refused(
      "This tap is more than 2 days old: the tablet was offline too long to count it.",
    );
  if (at.getTime() - now.getTime() > SYNC_MAX_AHEAD_MS)
    throw new Refused("The tablet's clock is ahead of the server's: check its date and time.");
  return localDateAt(at, tablet.timeZone, tablet.dayStartMinute);
}

async function apply(
  tap: Tap,
  tablet: SyncingTablet,
  kids: Map<string, Kid>,
  now: Date,
): Promise<TapResult> {
  const { familyId } = tablet;
  const date = dayOf(tap, tablet, now);
  const kid = kids.get(tap.kidId);
  if (!kid) throw new NotFoundError("That kid");
  // The PIN holds at this door too: a sibling's tap on a page left open is refused (and shown to
  // parents). A tap counts under the server's pass when it arrives, or under the tablet's own
  // pass when it was made offline after the PIN was checked there (decision 015).
  if (
    kid.hasPin &&
    !kidPassHolds(tablet.pass, kid, now) &&
    !devicePassHolds(tap, kid, env().TABLET_IDLE_SECONDS * 1000)
  )
    throw new Refused(PASS_ENDED);
  // "Today" for the day rules: the server's, or the tap's own when the tablet's clock is a little
  // ahead (at most 5 minutes, dayOf): a tap just after the family's day start is not refused as
  // one for a day that has not begun on the server yet.
  const when = new Date(Math.max(now.getTime(), Date.parse(tap.at)));
  switch (tap.kind) {
    case "check": {
      const result = await checkItem(familyId, tap.kidId, tap.itemId, date, tap.id, when);
      return {
        id: tap.id,
        status: result.undone ? "undone" : "done",
        checkId: result.checkId,
      };
    }
    case "uncheck": {
      if (tap.checkId) {
        const { removed } = await uncheckItem(familyId, tap.kidId, tap.checkId, { now: when });
        // Not removed now: fine if it was undone before (a replay), otherwise it never existed.
        if (!removed && !(await wasUndone(familyId, tap.kidId, tap.checkId)))
          throw new NotFoundError("That check");
      } else if (tap.target)
        await uncheckByEvent(familyId, tap.kidId, tap.itemId, tap.target, date, when);
      return { id: tap.id, status: "done" };
    }
    case "habit_log": {
      const today = localDateAt(when, tablet.timeZone, tablet.dayStartMinute);
      const result = await logHabit(familyId, tap.habitId, {
        date,
        today,
        clientEventId: tap.id,
        memberId: tap.kidId,
      });
      return { id: tap.id, status: "undone" in result && result.undone ? "undone" : "done" };
    }
    case "habit_amount": {
      const today = localDateAt(when, tablet.timeZone, tablet.dayStartMinute);
      const result = await logAmount(familyId, tap.habitId, {
        date,
        today,
        amount: tap.amount,
        clientEventId: tap.id,
        memberId: tap.kidId,
      });
      return { id: tap.id, status: result.undone ? "undone" : "done" };
    }
    case "habit_amount_undo": {
      const today = localDateAt(when, tablet.timeZone, tablet.dayStartMinute);
      await undoAmountByEvent(familyId, tap.kidId, tap.habitId, tap.target, date, today);
      return { id: tap.id, status: "done" };
    }
    case "reward_request": {
      await requestReward(familyId, tap.kidId, tap.rewardId);
      return { id: tap.id, status: "done" };
    }
  }
}

/** Stores why a tap was refused, once per tap whatever the retries. */
export async function recordRefusals(
  tablet: Pick<SyncingTablet, "deviceId" | "familyId">,
  refused: { tap: Tap; reason: Words }[],
) {
  if (refused.length === 0) return;
  await db.tabletRefusal.createMany({
    data: refused.map(({ tap, reason }) => ({
      familyId: tablet.familyId,
      deviceId: tablet.deviceId,
      kidId: tap.kidId,
      kind: tap.kind,
      clientEventId: tap.id,
      happenedAt: new Date(tap.at),
      reason: String(reason),
      ...(reason instanceof Sentence && { reasonWords: reason.toJSON() }),
    })),
    skipDuplicates: true,
  });
}

/**
 * Applies a batch in order (an undo after the check it undoes). A tap a rule refuses is recorded
 * and answered "refused"; anything else (the database down) fails the whole request, which the
 * tablet sends again: what was applied before answers the same the second time.
 */
export async function syncTaps(
  tablet: SyncingTablet,
  input: { taps: Tap[]; waiting: number },
  now = new Date(),
): Promise<SyncResponse> {
  const results: TapResult[] = [];
  const refused: { tap: Tap; reason: Words }[] = [];
  // The family's current kids, once per batch (an archived kid's taps are refused).
  const kids = new Map((await tabletKids(tablet.familyId, now)).map((kid) => [kid.id, kid]));
  for (const tap of input.taps) {
    try {
      results.push(await apply(tap, tablet, kids, now));
    } catch (error) {
      const known =
        error instanceof Refused ||
        error instanceof DomainError ||
        error instanceof NotFoundError ||
        error instanceof ForbiddenError;
      if (!known) throw error;
      refused.push({
        tap,
        reason: (error instanceof DomainError && error.sentence) || error.message,
      });
      results.push({ id: tap.id, status: "refused", reason: error.message });
    }
  }
  await recordRefusals(tablet, refused);
  const touched = [...new Set(input.taps.map((t) => t.kidId))].filter((id) => kids.has(id));
  const balances = Object.fromEntries(
    await Promise.all(
      touched.map(async (kid) => [kid, await memberBalance(tablet.familyId, kid)] as const),
    ),
  );
  // The kid's own taps keep the pass alive, as they did one by one.
  const passKid = tablet.pass.kidPassKidId ? kids.get(tablet.pass.kidPassKidId) : undefined;
  const renew =
    passKid?.hasPin &&
    kidPassHolds(tablet.pass, passKid, now) &&
    input.taps.some((t) => t.kidId === passKid.id);
  if (renew) {
    const until = new Date(now.getTime() + env().TABLET_IDLE_SECONDS * 1000);
    await renewKidPass(tablet.deviceId, passKid.id, now, until);
  }
  await db.tabletDevice.updateMany({
    where: { id: tablet.deviceId, familyId: tablet.familyId },
    data: { lastSyncAt: now, waitingTaps: input.waiting },
  });
  return { results, balances, serverTime: now.toISOString() };
}
