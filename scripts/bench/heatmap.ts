// The habit page's heatmap query for a habit with two years of daily logs, against DATABASE_URL.
//   DATABASE_URL=postgresql://… npm run bench:heatmap
// Creates a throw-away family, times the one statement 50 times, prints p50/p95, then deletes it.
import { db } from "../../lib/db";
import { yearOfLogs } from "../../lib/habits/views";
import { addDays } from "../../lib/time/rules";

const RUNS = 50;
const today = new Date().toISOString().slice(0, 10);

const family = await db.family.create({ data: { name: "Heatmap benchmark", timeZone: "UTC" } });
try {
  const kid = await db.familyMember.create({
    data: {
      familyId: family.id,
      role: "CHILD",
      displayName: "Bench",
      avatarEmoji: "🦊",
      avatarColor: "#c2410c",
    },
  });
  const habit = await db.habit.create({
    data: {
      familyId: family.id,
      memberId: kid.id,
      name: "Read",
      icon: "📚",
      cadence: "DAILY",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startDate: new Date(`${addDays(today, -730)}T00:00:00Z`),
    },
  });
  await db.habitLog.createMany({
    data: Array.from({ length: 730 }, (_, i) => ({
      familyId: family.id,
      habitId: habit.id,
      localDate: new Date(`${addDays(today, -i)}T00:00:00Z`),
      note: i % 10 === 0 ? "Nice chapter" : null,
    })),
  });
  await yearOfLogs(family.id, habit.id, addDays(today, -364)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const rows = await yearOfLogs(family.id, habit.id, addDays(today, -364));
    times.push(performance.now() - started);
    if (rows.length !== 365) throw new Error(`expected 365 rows, got ${rows.length}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(
    `heatmap query, 730 days of logs, ${RUNS} runs: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (365 rows)`,
  );
} finally {
  await db.family.delete({ where: { id: family.id } });
  await db.$disconnect();
}
