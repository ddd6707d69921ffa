// Points: the pure rules. A balance is the ledger's sum and never goes below zero: spending needs
// enough points, and undoing an award takes back at most what is left.

export type LedgerEntry = { delta: number; sourceKey: string };

export const DEFAULT_ROUTINE_POINTS = 10;
export const DEFAULT_HABIT_POINTS = 5;

export function balanceOf(entries: readonly LedgerEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.delta, 0);
}

/** The reversing entry's delta for an award of `award` points when the balance is `balance`. */
export function reversalDelta(award: number, balance: number): number {
  return -Math.min(award, Math.max(balance, 0)) || 0;
}

export function canAfford(balance: number, cost: number): boolean {
  return cost > 0 && balance >= cost;
}

export const routineAwardKey = (completionId: string) => `routine:${completionId}`;
export const habitAwardKey = (logId: string) => `habit:${logId}`;
export const rewardKey = (requestId: string) => `reward:${requestId}`;
export const undoKey = (awardKey: string) => `undo:${awardKey}`;

/** How long a grown-up's answer to a reward request stays on the kid's tablet. */
export const ANSWER_SHOWN_MS = 24 * 60 * 60 * 1000;

/**
 * Does the tablet still show this request's status? Waiting ones always; a "yes!" or "not this
 * time" for a day after the answer, then the reward is simply there to ask for again (issue 17:
 * an approval from last week is not a permanent "Yes!").
 */
export function answerStillShown(
  request: { status: "PENDING" | "APPROVED" | "DENIED"; decidedAt: Date | null },
  now: Date,
) {
  if (request.status === "PENDING") return true;
  return (
    request.decidedAt !== null && now.getTime() - request.decidedAt.getTime() < ANSWER_SHOWN_MS
  );
}
