// What away days cost the two hot statements (issue 21): the kid's day (KID_DAY_SQL) and the
// check-off (check_item()), for a kid with no away days and for a kid with a pattern and 300
// one-off ranges (the most a kid may have), against DATABASE_URL.
//   DATABASE_URL=postgresql://… npm run bench:away
// Makes a throw-away family, times each statement RUNS times, prints p50/p95, then deletes it.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import { timeRuns } from "./timing";
import { MAX_AWAY_RANGES } from "../../lib/away/rules";
import { CHECK_ITEM_SQL } from "../../lib/checks/sql";
import { KID_DAY_SQL } from "../../lib/routines/sql";
import { createKid, createRoutine } from "../../lib/testing/factories";
import { addDays, isoWeekday, localDateAt, toDbDate } from "../../lib/time/rules";

const RUNS = 300;

const time = (run: () => Promise<unknown>) => timeRuns(run, RUNS);

const family = await db.family.create({ data: { name: "Away benchmark", timeZone: "UTC" } });
try {
  const today = localDateAt(new Date(), "UTC");
  const [home, away] = [await createKid(db, family.id), await createKid(db, family.id)];
  const { items } = await createRoutine(db, family.id, {
    kidIds: [home.id, away.id],
    cards: [Array.from({ length: 10 }, (_, i) => `Item ${i}`)],
  });
  // Away every other weekend, and 300 ranges around today, the last one "at home after all"
  // today (so the check-off is accepted and does the whole of its work).
  await db.awayPattern.create({
    data: {
      familyId: family.id,
      memberId: away.id,
      place: "Dad's",
      startDate: toDbDate(addDays(today, -400)),
      cycleDays: 14,
      awayDays: [5, 6],
    },
  });
  await db.awayDay.createMany({
    data: Array.from({ length: MAX_AWAY_RANGES }, (_, i) => ({
      familyId: family.id,
      memberId: away.id,
      kind: i === 0 ? ("HOME" as const) : ("AWAY" as const),
      startDate: toDbDate(i === 0 ? today : addDays(today, -i * 3)),
      endDate: toDbDate(i === 0 ? today : addDays(today, -i * 3 + 1)),
    })),
  });
  const results: string[] = [];
  for (const [label, kid] of [
    ["no away days", home],
    [`pattern + ${MAX_AWAY_RANGES} ranges`, away],
  ] as const) {
    const day = await time(() =>
      db.$queryRawUnsafe(KID_DAY_SQL, family.id, [kid.id], today, isoWeekday(today)),
    );
    // A check and its undo, so every run inserts (the insert path is the one that asks).
    let n = 0;
    const check = await time(async () => {
      const item = items[n++ % items.length]!;
      await db.$executeRawUnsafe(
        CHECK_ITEM_SQL,
        randomUUID(),
        family.id,
        kid.id,
        item.id,
        today,
        randomUUID(),
        new Date(),
      );
      await db.itemCheck.deleteMany({ where: { memberId: kid.id, itemId: item.id } });
      await db.routineCompletion.deleteMany({ where: { memberId: kid.id } });
    });
    results.push(
      `${label}: kid's day p50 ${day.p50.toFixed(2)} ms, p95 ${day.p95.toFixed(2)} ms; ` +
        `check-off + undo p50 ${check.p50.toFixed(2)} ms, p95 ${check.p95.toFixed(2)} ms`,
    );
  }
  const stored = await db.itemCheck.count({ where: { familyId: family.id } });
  if (stored !== 0) throw new Error(`expected the checks undone, ${stored} left`);
  console.log(`away days, ${RUNS} runs each:\n  ${results.join("\n  ")}`);
} finally {
  await db.family.delete({ where: { id: family.id } });
  await db.$disconnect();
}
