// Pool chores (issue 21) against the real database: routine_doers() says what poolDoers() says
// over random claims and days away; two tablets at once give the chore to one kid, with its
// points once; only that kid is offered it afterwards, and undoing their last check gives it back.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replaceAwayRanges } from "@/lib/testing/away";
import { checkItem, uncheckItem } from "@/lib/checks/queries";
import { RuleViolationError } from "@/lib/errors";
import { listClaims } from "@/lib/pool/queries";
import { poolDoers } from "@/lib/pool/rules";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { createFamily, createKid, createRoutine } from "@/lib/testing/factories";
import { addDays, localDateAt, toDbDate } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

async function familyWithKids(n: number) {
  const family = await createFamily(db);
  const kids = [];
  for (let i = 0; i < n; i++)
    kids.push(await createKid(db, family.id, { displayName: `Kid ${i}` }));
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  return { family, kids, today };
}

async function poolChore(familyId: string, kidIds: string[], cards: string[][] = [["Bowl"]]) {
  const made = await createRoutine(db, familyId, { kidIds, name: "Feed the cat", cards });
  await db.routine.update({
    where: { id: made.routine.id },
    data: { pooled: true, pooledFrom: toDbDate("2020-01-01") },
  });
  return made;
}

describe("routine_doers() of a pool chore", () => {
  it("says what poolDoers() says, over random claims and days away", async () => {
    const { family, kids, today } = await familyWithKids(4);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          k: fc.integer({ min: 2, max: 4 }),
          away: fc.array(
            fc.record({
              kid: fc.nat(3),
              from: fc.integer({ min: -10, max: 10 }),
              length: fc.integer({ min: 0, max: 5 }),
            }),
            { maxLength: 5 },
          ),
          // A claim may name a kid who is not (or no longer) of the chore: it is ignored.
          claims: fc.array(fc.record({ day: fc.integer({ min: -10, max: 10 }), kid: fc.nat(3) }), {
            maxLength: 6,
          }),
        }),
        async (s) => {
          const members = kids.slice(0, s.k).map((kid) => kid.id);
          const { routine } = await poolChore(family.id, members);
          const isAway = await replaceAwayRanges(db, family.id, kids, today, s.away);
          const taken = new Map<string, string>();
          for (const claim of s.claims) {
            const date = addDays(today, claim.day);
            if (taken.has(date)) continue;
            taken.set(date, kids[claim.kid]!.id);
            await db.poolClaim.create({
              data: {
                familyId: family.id,
                routineId: routine.id,
                localDate: toDbDate(date),
                memberId: kids[claim.kid]!.id,
                claimedAt: new Date(),
              },
            });
          }
          const rows = await db.$queryRaw<{ date: string; doers: string[] }[]>`
            SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
                   routine_doers(${family.id}::uuid, ${routine.id}::uuid, d.day::date)::text[] AS doers
            FROM generate_series(${addDays(today, -12)}::date, ${addDays(today, 12)}::date, interval '1 day') AS d(day)
            ORDER BY d.day`;
          for (const row of rows)
            expect(row.doers, row.date).toEqual(
              poolDoers(members, row.date, isAway, taken.get(row.date) ?? null),
            );
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe("a pool chore", () => {
  it("claimed by two tablets at once goes to one kid, who alone gets its points", async () => {
    const { family, kids, today } = await familyWithKids(2);
    const [nora, leo] = kids as [(typeof kids)[0], (typeof kids)[0]];
    for (let round = 0; round < 12; round++) {
      // Half the rounds both tap the same item, half each their own item of the chore.
      const { routine, items } = await poolChore(family.id, [nora.id, leo.id], [["Bowl", "Water"]]);
      const [first, second] = round % 2 === 0 ? [items[0]!, items[0]!] : [items[0]!, items[1]!];
      const outcomes = await Promise.allSettled([
        checkItem(family.id, nora.id, first.id, today, randomUUID()),
        checkItem(family.id, leo.id, second.id, today, randomUUID()),
      ]);
      const won = outcomes.map((o) => o.status === "fulfilled");
      expect(won.filter(Boolean), `round ${round}`).toHaveLength(1);
      const loser = outcomes.find((o) => o.status === "rejected")!;
      expect((loser as PromiseRejectedResult).reason).toBeInstanceOf(RuleViolationError);
      const winner = won[0] ? nora.id : leo.id;
      const claims = await db.poolClaim.findMany({ where: { routineId: routine.id } });
      expect(claims.map((c) => c.memberId)).toEqual([winner]);
      const checks = await db.itemCheck.findMany({
        where: { familyId: family.id, version: { routineId: routine.id } },
      });
      expect(checks.map((c) => c.memberId)).toEqual([winner]);
      // The winner finishes it: one completion, its points once, and only theirs.
      const rest = items.find((item) => !checks.some((c) => c.itemId === item.id))!;
      await checkItem(family.id, winner, rest.id, today, randomUUID());
      const completions = await db.routineCompletion.findMany({
        where: { routineId: routine.id },
      });
      expect(completions.map((c) => c.memberId)).toEqual([winner]);
      const points = await db.pointsEntry.findMany({
        where: { familyId: family.id, sourceKey: `routine:${completions[0]!.id}` },
      });
      expect(points.map((p) => p.memberId)).toEqual([winner]);
      await db.routine.update({ where: { id: routine.id }, data: { archivedAt: new Date() } });
    }
  });

  it("is offered to every kid home until one takes it; undoing their last check gives it back", async () => {
    const { family, kids, today } = await familyWithKids(3);
    const [nora, leo, mia] = kids as [(typeof kids)[0], (typeof kids)[0], (typeof kids)[0]];
    const { routine, items } = await poolChore(family.id, [nora.id, leo.id, mia.id], [["A", "B"]]);
    await db.awayDay.create({
      data: {
        familyId: family.id,
        memberId: mia.id,
        kind: "AWAY",
        startDate: toDbDate(today),
        endDate: toDbDate(today),
        place: "Dad's",
      },
    });
    const pool = async (kid: string) =>
      (await routinesForKidOnDate(family.id, kid, today)).find((r) => r.id === routine.id)?.pool ??
      "not offered";
    expect([await pool(nora.id), await pool(leo.id), await pool(mia.id)]).toEqual([
      "free",
      "free",
      "not offered",
    ]);
    await expect(checkItem(family.id, mia.id, items[0]!.id, today, randomUUID())).rejects.toThrow(
      "is at Dad's",
    );
    expect(await db.poolClaim.count({ where: { routineId: routine.id } })).toBe(0);

    const a = await checkItem(family.id, leo.id, items[0]!.id, today, randomUUID());
    const b = await checkItem(family.id, leo.id, items[1]!.id, today, randomUUID());
    expect([await pool(nora.id), await pool(leo.id)]).toEqual(["not offered", "mine"]);
    await expect(checkItem(family.id, nora.id, items[1]!.id, today, randomUUID())).rejects.toThrow(
      "Kid 1 took “Feed the cat” first",
    );
    const [day] = await listClaims(family.id, routine.id, today, 1);
    expect(day).toMatchObject({ kidId: leo.id, planned: true, done: true });

    // One check undone: still Leo's. The last one undone: free for everyone again.
    await uncheckItem(family.id, leo.id, a.checkId);
    expect(await pool(nora.id)).toBe("not offered");
    await uncheckItem(family.id, leo.id, b.checkId);
    expect([await pool(nora.id), await pool(leo.id)]).toEqual(["free", "free"]);
    expect((await checkItem(family.id, nora.id, items[0]!.id, today, randomUUID())).created).toBe(
      true,
    );
    expect((await listClaims(family.id, routine.id, today, 1))[0]?.kidId).toBe(nora.id);
  });
});
