// The outbox's dispatch of a batch (lib/outbox/dispatch.ts): `--events` points.changed events of
// three kids with 180 entries of history each, one webhook that wants them, dispatched in one
// transaction by a runner of this process, `--rounds` times. The time of the whole dispatch:
// reading the batch, the balances, the deliveries and their jobs, marking the events. Not part of
// CI; results go in docs/benchmarks.md.
//   npm run bench:dispatch                   (on postgresql://postgres@127.0.0.1:5432/postgres)
//   npm run bench:dispatch -- --events 200 --rounds 15
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "../lib/test-database";
import { numberArg, quantile } from "./options";

const EVENTS = numberArg("events", 200);
const ROUNDS = numberArg("rounds", 15);
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const database = await createTestDatabase();
// The app's modules read DATABASE_URL when first imported: the throw-away database's, so after.
process.env.DATABASE_URL = database.url;
const { db } = await import("../../lib/db");
const { startRunner } = await import("../../lib/jobs/runner");
const { createFamily, createKid, createParent } = await import("../../lib/testing/factories");
const { createWebhook } = await import("../../lib/webhooks/queries");

const entry = (familyId: string, memberId: string, createdAt?: Date) => ({
  familyId,
  memberId,
  delta: 1,
  source: "CORRECTION" as const,
  sourceKey: randomUUID(),
  reason: "Bench",
  createdAt,
});

let runner: Awaited<ReturnType<typeof startRunner>> | undefined;
try {
  const family = await createFamily(db);
  const { member: parent } = await createParent(db, family.id);
  const kids = [];
  for (let i = 0; i < 3; i++) kids.push(await createKid(db, family.id));
  await createWebhook(family.id, parent.id, {
    url: "http://127.0.0.1:9/",
    events: ["points.changed"],
  });
  // History: the balances sum it.
  for (const kid of kids)
    await db.pointsEntry.createMany({
      data: Array.from({ length: 180 }, (_, i) =>
        entry(family.id, kid.id, new Date(Date.now() - (200 - i) * 3_600_000)),
      ),
    });
  await db.outboxEvent.updateMany({
    where: { familyId: family.id },
    data: { dispatchedAt: new Date() },
  });
  runner = await startRunner({
    connectionString: database.url,
    schema: "pgboss_bench",
    allowPrivate: true,
    workers: 0, // nothing delivered: the dispatch alone is measured
    dispatchIntervalMs: 3_600_000, // dispatched when the bench means to
    clockWork: false,
    familyIds: [family.id],
  });
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < EVENTS; i++)
      await db.pointsEntry.create({ data: entry(family.id, kids[i % kids.length]!.id) });
    const started = performance.now();
    await runner.dispatchNow();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `[bench] dispatch of ${EVENTS} points.changed events, ${ROUNDS} rounds: median ${quantile(times, 0.5).toFixed(1)} ms, min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)}`,
  );
} finally {
  await runner?.stop();
  await db.$disconnect();
  await database.drop();
}
