import "server-only";
// Allowances (issue 20): each kid's plan, and the job that pays them. The job runs every 5 minutes
// on whichever instance pg-boss picks (lib/jobs/runner.ts) and pays every payday from the last
// one paid up to today in the family's zone, so downtime of any length misses none. A payday is
// one row of allowance_periods (unique per kid and day), written in the payout's transaction: a
// second run, on this instance or another, finds it and pays nothing.
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  type AllowancePlan,
  type JarSplit,
  JARS,
  conditionNeed,
  conditionProgress,
  nextPayday,
  paydaysDue,
  periodBefore,
  splitIntoJars,
} from "@/lib/money/rules";
import { type LocalDate, addDays, fromDbDate, localDateAt, toDbDate } from "@/lib/time/rules";

export type WalletInput = AllowancePlan &
  JarSplit & {
    allowance: number;
    conditionRoutineId: string | null;
    conditionDays: number | null;
  };

export async function getWallet(familyId: string, kidId: string) {
  const row = await db.wallet.findFirst({ where: { memberId: kidId, familyId } });
  return row && { ...row, startsOn: fromDbDate(row.startsOn) };
}

/** A kid's plan, or what a new one starts from: no allowance, Saturdays, everything to spend. */
export async function planOf(familyId: string, kidId: string) {
  const wallet = await getWallet(familyId, kidId);
  return {
    allowance: wallet?.allowance ?? 0,
    rhythm: wallet?.rhythm ?? ("WEEKLY" as const),
    weekday: wallet?.weekday ?? 6,
    monthDay: wallet?.monthDay ?? 1,
    conditionRoutineId: wallet?.conditionRoutineId ?? null,
    conditionDays: wallet?.conditionDays ?? null,
    savePct: wallet?.savePct ?? 0,
    givePct: wallet?.givePct ?? 0,
    startsOn: wallet?.startsOn ?? null,
  };
}

/**
 * Sets a kid's allowance and jars. A new plan, or a new payday, starts today: it never pays for
 * days before it was set (a changed amount keeps the paydays as they were).
 */
export async function saveWallet(
  familyId: string,
  kidId: string,
  input: Omit<WalletInput, "startsOn">,
) {
  const [kid, family, routine] = await Promise.all([
    db.familyMember.count({ where: { id: kidId, familyId, role: "CHILD", archivedAt: null } }),
    db.family.findUniqueOrThrow({
      where: { id: familyId },
      select: { timeZone: true, dayStartMinute: true },
    }),
    input.conditionRoutineId
      ? db.routine.count({ where: { id: input.conditionRoutineId, familyId, archivedAt: null } })
      : Promise.resolve(1),
  ]);
  if (!kid) throw new NotFoundError("That kid");
  if (!routine) throw new NotFoundError("That routine");
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const before = await getWallet(familyId, kidId);
  // A paused allowance (0) that starts again starts today: the paydays of the pause are not owed.
  const samePaydays =
    before &&
    before.allowance > 0 &&
    before.rhythm === input.rhythm &&
    (input.rhythm === "WEEKLY"
      ? before.weekday === input.weekday
      : before.monthDay === input.monthDay);
  const startsOn = toDbDate(samePaydays ? before.startsOn : today);
  const data = { ...input, startsOn };
  await db.wallet.upsert({
    where: { memberId: kidId },
    create: { memberId: kidId, familyId, ...data },
    update: data,
  });
}

/** A restored kid's allowance starts again today: the paydays while archived are not owed. */
export async function restartAllowance(familyId: string, kidId: string, now = new Date()) {
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: { timeZone: true, dayStartMinute: true },
  });
  const today = localDateAt(now, family.timeZone, family.dayStartMinute);
  await db.wallet.updateMany({
    where: { memberId: kidId, familyId },
    data: { startsOn: toDbDate(today) },
  });
}

type DueWallet = {
  memberId: string;
  familyId: string;
  allowance: number;
  rhythm: "WEEKLY" | "MONTHLY";
  weekday: number;
  monthDay: number;
  startsOn: Date;
  conditionRoutineId: string | null;
  conditionDays: number | null;
  savePct: number;
  givePct: number;
  timeZone: string;
  dayStartMinute: number;
  lastPaid: Date | null;
};

/**
 * The condition's routine over [from, to] for the kid: the days it finished it, the days it was the
 * kid's to do (by the check's own rule: its weekday, a version by then, home, and the kid's turn or
 * pool claim), and the days it was planned at all.
 */
async function conditionDays(
  familyId: string,
  kidId: string,
  routineId: string,
  from: LocalDate,
  to: LocalDate,
) {
  const [row] = await db.$queryRaw<{ done: number; due: number; planned: number }[]>`
    SELECT
      (SELECT count(*)::int FROM "routine_completions" c
        WHERE c."familyId" = ${familyId}::uuid AND c."memberId" = ${kidId}::uuid
          AND c."routineId" = r."id" AND c."localDate" BETWEEN ${from}::date AND ${to}::date) AS "done",
      count(*) FILTER (
        WHERE routine_version_on(r."familyId", ${kidId}::uuid, r."id", g.d) IS NOT NULL
          AND NOT member_away_on(r."familyId", ${kidId}::uuid, g.d)
          AND ((r."turns" IS NULL AND NOT r."pooled")
               OR ${kidId}::uuid = ANY(routine_doers(r."familyId", r."id", g.d))))::int AS "due",
      count(*)::int AS "planned"
    FROM "routines" r
    CROSS JOIN LATERAL generate_series(${from}::date, ${to}::date, interval '1 day') AS s(at)
    CROSS JOIN LATERAL (SELECT s.at::date AS d) g
    WHERE r."id" = ${routineId}::uuid AND r."familyId" = ${familyId}::uuid
      AND EXTRACT(ISODOW FROM g.d)::int = ANY(r."weekdays")
    GROUP BY r."id"`;
  return row ?? { done: 0, due: 0, planned: 0 };
}

/** How the condition stands over [from, to] (always met without one). */
async function conditionOver(
  condition: { conditionRoutineId: string | null; conditionDays: number | null },
  familyId: string,
  kidId: string,
  from: LocalDate,
  to: LocalDate,
) {
  if (condition.conditionRoutineId === null) return conditionProgress(0, null);
  const { done, due, planned } = await conditionDays(
    familyId,
    kidId,
    condition.conditionRoutineId,
    from,
    to,
  );
  return conditionProgress(done, conditionNeed(condition.conditionDays, due, planned));
}

/** Pays every payday due; the number of paydays looked at. `familyIds`: tests only. */
export async function payAllowances(now = new Date(), options: { familyIds?: string[] } = {}) {
  const scope = options.familyIds
    ? Prisma.sql`AND w."familyId" = ANY(${options.familyIds}::uuid[])`
    : Prisma.empty;
  const wallets = await db.$queryRaw<DueWallet[]>`
    SELECT w."memberId", w."familyId", w."allowance", w."rhythm", w."weekday", w."monthDay",
           w."startsOn", w."conditionRoutineId", w."conditionDays", w."savePct", w."givePct",
           f."timeZone", f."dayStartMinute",
           (SELECT max(p."payday") FROM "allowance_periods" p WHERE p."memberId" = w."memberId") AS "lastPaid"
    FROM "wallets" w
    JOIN "families" f ON f."id" = w."familyId"
    JOIN "family_members" m ON m."id" = w."memberId" AND m."archivedAt" IS NULL
    WHERE w."allowance" > 0 ${scope}`;
  let looked = 0;
  for (const wallet of wallets) {
    const plan: AllowancePlan = { ...wallet, startsOn: fromDbDate(wallet.startsOn) };
    const today = localDateAt(now, wallet.timeZone, wallet.dayStartMinute);
    for (const payday of paydaysDue(plan, wallet.lastPaid && fromDbDate(wallet.lastPaid), today)) {
      const { from, to } = periodBefore(plan, payday);
      const condition = await conditionOver(wallet, wallet.familyId, wallet.memberId, from, to);
      await payOnce(wallet, payday, condition.met ? wallet.allowance : 0, condition);
      looked++;
    }
  }
  return looked;
}

async function payOnce(
  wallet: DueWallet,
  payday: LocalDate,
  amount: number,
  condition: { done: number; needed: number },
) {
  await db.$transaction(async (tx) => {
    const [period] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "allowance_periods" ("id", "familyId", "memberId", "payday", "amount", "done", "needed")
      VALUES (gen_random_uuid(), ${wallet.familyId}::uuid, ${wallet.memberId}::uuid, ${payday}::date,
              ${amount}, ${condition.needed ? condition.done : null}, ${condition.needed || null})
      ON CONFLICT ("memberId", "payday") DO NOTHING
      RETURNING "id"`;
    if (!period || amount === 0) return;
    const split = splitIntoJars(amount, wallet);
    await tx.moneyEntry.createMany({
      data: JARS.filter((jar) => split[jar] > 0).map((jar) => ({
        familyId: wallet.familyId,
        memberId: wallet.memberId,
        jar,
        amount: split[jar],
        kind: "PAYOUT" as const,
        sourceKey: `payout:${period.id}:${jar}`,
        note: payday,
      })),
    });
  });
}

/** The next payday and how the condition stands for it (the kid's tablet, the parent's page). */
export async function allowanceOutlook(familyId: string, kidId: string, today: LocalDate) {
  const [wallet, last] = await Promise.all([
    getWallet(familyId, kidId),
    db.allowancePeriod.findFirst({
      where: { familyId, memberId: kidId },
      orderBy: { payday: "desc" },
      select: { payday: true },
    }),
  ]);
  if (!wallet || wallet.allowance === 0) return null;
  // The first payday not yet paid, from today on (today's, once paid, is next week's).
  const afterPaid = last ? addDays(fromDbDate(last.payday), 1) : wallet.startsOn;
  const payday = nextPayday(wallet, [today, wallet.startsOn, afterPaid].sort().at(-1)!);
  // Done so far, against what the whole period asks of the kid (days away or another kid's ahead
  // are known now, so the kid sees the fair number from the start of the week).
  const { from, to } = periodBefore(wallet, payday);
  const [condition, routine] = await Promise.all([
    conditionOver(wallet, familyId, kidId, from, to),
    wallet.conditionRoutineId
      ? db.routine.findFirst({
          where: { id: wallet.conditionRoutineId, familyId },
          select: { name: true, icon: true },
        })
      : null,
  ]);
  return { payday, amount: wallet.allowance, routine, ...condition };
}
