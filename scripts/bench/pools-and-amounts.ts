// What issue 21's two new writes cost on the tablet's hot paths, against DATABASE_URL:
// - the check-off of a pool chore (check_item() claims the day first; the undo's trigger gives it
//   back) against the same check-off of a routine every kid does;
// - an amount of a measured habit (its own row, the day's sum, the goal's points, the streak)
//   against a log of a habit that is done or not.
//   DATABASE_URL=postgresql://… npm run bench:pools
// Makes a throw-away family, times each write and its undo RUNS times, prints p50/p95, deletes it.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import { timeRuns } from "./timing";
import { CHECK_ITEM_SQL } from "../../lib/checks/sql";
import { logAmount, undoAmount } from "../../lib/habits/amounts";
import { logHabit, undoHabitLog } from "../../lib/habits/logs";
import { createHabit, createKid, createRoutine } from "../../lib/testing/factories";
import { addDays, localDateAt, toDbDate } from "../../lib/time/rules";

const RUNS = 300;

async function time(run: () => Promise<unknown>) {
  const { p50, p95 } = await timeRuns(run, RUNS);
  return `p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`;
}

const family = await db.family.create({ data: { name: "Pool benchmark", timeZone: "UTC" } });
try {
  const today = localDateAt(new Date(), "UTC");
  const [nora, leo] = [await createKid(db, family.id), await createKid(db, family.id)];
  const cards = [Array.from({ length: 10 }, (_, i) => `Item ${i}`)];
  const everyKid = await createRoutine(db, family.id, { kidIds: [nora.id, leo.id], cards });
  const pool = await createRoutine(db, family.id, { kidIds: [nora.id, leo.id], cards });
  await db.routine.update({
    where: { id: pool.routine.id },
    data: { pooled: true, pooledFrom: toDbDate(addDays(today, -30)) },
  });
  const checkOff = (items: { id: string }[]) => {
    let n = 0;
    return async () => {
      const item = items[n++ % items.length]!;
      await db.$executeRawUnsafe(
        CHECK_ITEM_SQL,
        randomUUID(),
        family.id,
        nora.id,
        item.id,
        today,
        randomUUID(),
        new Date(),
      );
      await db.itemCheck.deleteMany({ where: { memberId: nora.id, itemId: item.id } });
      await db.routineCompletion.deleteMany({ where: { memberId: nora.id } });
    };
  };
  const plainCheck = await time(checkOff(everyKid.items));
  const poolCheck = await time(checkOff(pool.items));
  const claims = await db.poolClaim.count({ where: { routineId: pool.routine.id } });
  if (claims !== 0) throw new Error(`expected every claim given back, ${claims} left`);

  const plain = await createHabit(db, family.id, nora.id, { startDate: addDays(today, -30) });
  const measured = await db.habit.create({
    data: {
      familyId: family.id,
      memberId: nora.id,
      name: "Cycling",
      icon: "🚴",
      cadence: "DAILY",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startDate: toDbDate(addDays(today, -30)),
      unit: "MINUTES",
      target: 20,
    },
  });
  const logAndUndo = await time(async () => {
    const { logId } = await logHabit(family.id, plain.id, { date: today, today });
    await undoHabitLog(family.id, logId, today);
  });
  const amountAndUndo = await time(async () => {
    const { amountId } = await logAmount(family.id, measured.id, {
      date: today,
      today,
      amount: 25, // over the goal: the points are earned and given back every time
      clientEventId: randomUUID(),
    });
    await undoAmount(family.id, amountId, today);
  });
  console.log(
    `pool chores and measured habits, ${RUNS} runs each:\n` +
      `  check-off + undo, a routine every kid does: ${plainCheck}\n` +
      `  check-off + undo, a pool chore (claimed, given back): ${poolCheck}\n` +
      `  habit log + undo, done or not: ${logAndUndo}\n` +
      `  habit amount + undo, measured (goal met and lost each time): ${amountAndUndo}`,
  );
} finally {
  await db.family.delete({ where: { id: family.id } });
  await db.$disconnect();
}
