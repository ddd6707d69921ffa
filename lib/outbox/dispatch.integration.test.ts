// The outbox's dispatcher against the real database: a points.changed event says the kid's balance
// as it was right after its own change, however many changes of however many kids wait in one
// batch, and changes made in one transaction (which share its moment) say the balance after all
// of them; the balances of a batch are read in one statement (lib/outbox/dispatch.ts).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { testRunners } from "@/lib/testing/jobs";
import { recordStatements } from "@/lib/testing/statements";
import { createFamily, createKid, createParent } from "@/lib/testing/factories";
import { createWebhook } from "@/lib/webhooks/queries";

const runners = testRunners();
afterAll(async () => {
  await runners.stopAll();
  await db.$disconnect();
});

const entry = (familyId: string, memberId: string, delta: number) => ({
  familyId,
  memberId,
  delta,
  source: "CORRECTION" as const,
  sourceKey: randomUUID(),
  reason: "A parent's correction",
});

describe("a batch of points changes", () => {
  it("says each kid's balance right after each change, in one dispatch", async () => {
    const family = await createFamily(db);
    const { member: parent } = await createParent(db, family.id);
    const [ana, ben] = [await createKid(db, family.id), await createKid(db, family.id)];
    await createWebhook(family.id, parent.id, {
      url: "http://127.0.0.1:9/",
      events: ["points.changed"],
    });
    // Earlier history that was dispatched long ago counts too.
    await db.pointsEntry.create({ data: entry(family.id, ana!.id, 7) });
    await db.outboxEvent.updateMany({
      where: { familyId: family.id },
      data: { dispatchedAt: new Date() },
    });
    const steps: [string, number][] = [
      [ana!.id, 10],
      [ben!.id, 3],
      [ana!.id, -4],
      [ben!.id, 5],
      [ana!.id, 2],
    ];
    for (const [kid, delta] of steps)
      await db.pointsEntry.create({ data: entry(family.id, kid, delta) });
    // Two changes of one transaction, as the database's own triggers award them (stamped with
    // the transaction's now()): both say the balance after both.
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 2; i++)
        await tx.$executeRaw`
          INSERT INTO "points_entries"
            ("id", "familyId", "memberId", "delta", "source", "sourceKey", "reason", "updatedAt")
          VALUES (${randomUUID()}::uuid, ${family.id}::uuid, ${ben!.id}::uuid, 1, 'ROUTINE',
            ${randomUUID()}, 'Morning', now())`;
    });

    const runner = await runners.start({ workers: 0, familyIds: [family.id] });
    const { statements } = await recordStatements(() => runner.dispatchNow());
    // The balances of the whole batch in one statement, not one per event.
    expect(statements.filter((sql) => sql.includes("points_entries"))).toHaveLength(1);
    const deliveries = await db.webhookDelivery.findMany({
      where: { familyId: family.id },
      orderBy: { eventId: "asc" },
    });
    const said = deliveries.map((d) => {
      const { data } = JSON.parse(d.body) as { data: { kidId: string; balance: number } };
      return [data.kidId === ana!.id ? "ana" : "ben", data.balance];
    });
    expect(said).toEqual([
      ["ana", 17],
      ["ben", 3],
      ["ana", 13],
      ["ben", 8],
      ["ana", 15],
      ["ben", 10],
      ["ben", 10],
    ]);
  });
});
