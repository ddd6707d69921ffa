// The tablet's queue arriving: 100 taps made offline, sent as one batch to the sync (the tablet
// sends up to 100 a request), then the same batch again (a retry after a lost answer).
//   DATABASE_URL=postgresql://… npm run bench:sync      (a database with the app's tables)
// Creates a throw-away family, times 5 rounds (a fresh kid each), prints p50/max, then deletes it.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import { createFamily, createKid, createParent, createRoutine } from "../../lib/testing/factories";
import { enableTablet } from "../../lib/tablet/queries";
import { syncTaps } from "../../lib/tablet/sync";
import type { Tap } from "../../lib/tablet/sync-schema";

const ROUNDS = 5;
const TAPS = 100;

const family = await createFamily(db, { timeZone: "UTC" });
try {
  const { member: parent } = await createParent(db, family.id);
  const device = await enableTablet(family.id, parent.id, "Bench tablet");
  const tablet = {
    deviceId: device.id,
    familyId: family.id,
    timeZone: "UTC",
    dayStartMinute: 0,
    pass: { kidPassKidId: null, kidPassPinVersion: null, kidPassUntil: null },
  };
  const first: number[] = [];
  const replay: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const kid = await createKid(db, family.id);
    const routine = await createRoutine(db, family.id, {
      kidIds: [kid.id],
      cards: Array.from({ length: 20 }, (_, c) => Array.from({ length: 5 }, (_, i) => `${c}.${i}`)),
    });
    const now = Date.now();
    const taps: Tap[] = routine.items.slice(0, TAPS).map((item, i) => ({
      id: randomUUID(),
      kind: "check",
      kidId: kid.id,
      itemId: item.id,
      at: new Date(now - (TAPS - i) * 1000).toISOString(),
    }));
    let started = performance.now();
    const answer = await syncTaps(tablet, { taps, waiting: 0 });
    first.push(performance.now() - started);
    if (answer.results.some((r) => r.status !== "done")) throw new Error("a tap was refused");
    started = performance.now();
    await syncTaps(tablet, { taps, waiting: 0 });
    replay.push(performance.now() - started);
  }
  const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const fmt = (xs: number[]) =>
    `p50 ${p50(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;
  console.log(`${TAPS} queued taps in 1 request, ${ROUNDS} rounds: first ${fmt(first)}`);
  console.log(`the same batch again (a retry): ${fmt(replay)}`);
} finally {
  // Checks hold their items (RESTRICT): they go first, then the family with everything else.
  await db.routineCompletion.deleteMany({ where: { familyId: family.id } });
  await db.itemCheck.deleteMany({ where: { familyId: family.id } });
  await db.family.delete({ where: { id: family.id } });
  await db.$disconnect();
}
