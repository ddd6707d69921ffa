// routine_version_on() (which version a kid's day shows, and the only one a check is accepted
// for) runs for every routine of the family in every check-off and kid's day. It must read the
// kid's checks of that day, whatever the family's history and whether or not PostgreSQL has
// statistics yet (a new database has none until autovacuum first analyzes it): without them it
// once read every kid's checks of the version (migration routine_version_on_by_the_kids_day).
// Measured in the buffers PostgreSQL touches, which do not depend on the machine's speed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createFamily, createKid, createRoutine } from "@/lib/testing/factories";
import { addDays, localDateAt } from "@/lib/time/rules";

afterAll(() => db.$disconnect());

type ExplainRow = { "QUERY PLAN": { Plan: Record<string, number> }[] };

/**
 * The shared buffers a statement touches, the statements inside its functions included. It runs
 * once first on the same connection, so the functions' statements are planned there and the
 * catalog reads of planning are not counted.
 */
async function buffersOf(statement: Prisma.Sql) {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw(statement);
    const [row] = await tx.$queryRaw<
      ExplainRow[]
    >`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement}`;
    const plan = row!["QUERY PLAN"][0]!.Plan;
    return plan["Shared Hit Blocks"]! + plan["Shared Read Blocks"]!;
  });
}

const today = localDateAt(new Date(), "UTC");
let familyId: string;
let checker: string; // has done every item of both routines today
let idle: string; // has done nothing
let busy: Awaited<ReturnType<typeof createRoutine>>; // 40 items, 2,400 checks of 30 siblings
let quiet: Awaited<ReturnType<typeof createRoutine>>; // 1 item

/**
 * Checks of these kids for these items on these days, written directly (the rules are not the
 * subject) and in random order, as taps come: a kid's checks of a day lie on many table pages.
 */
async function insertChecks(kids: string[], version: string, items: string[], days: string[]) {
  await db.$executeRaw`
    INSERT INTO item_checks (id, "familyId", "memberId", "itemId", "versionId", "localDate", "checkedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${familyId}::uuid, kid, item, ${version}::uuid, day, now(), now(), now()
    FROM unnest(${kids}::uuid[]) kid CROSS JOIN unnest(${items}::uuid[]) item
    CROSS JOIN unnest(${days}::date[]) day
    ORDER BY random()`;
}

// All rows are written before the function is first called here: the plans a connection
// keeps are made with the checks there.
beforeAll(async () => {
  familyId = (await createFamily(db, { timeZone: "UTC" })).id;
  checker = (await createKid(db, familyId)).id;
  idle = (await createKid(db, familyId)).id;
  const others = await Promise.all(
    Array.from({ length: 30 }, async () => (await createKid(db, familyId)).id),
  );
  const kidIds = [checker, idle, ...others];
  busy = await createRoutine(db, familyId, {
    kidIds,
    cards: Array.from({ length: 4 }, (_, c) =>
      Array.from({ length: 10 }, (_, i) => `Item ${c}.${i}`),
    ),
  });
  quiet = await createRoutine(db, familyId, { kidIds, cards: [["Water the plant"]] });
  const itemsOf = (routine: typeof busy) => routine.items.map((item) => item.id);
  await insertChecks(others, busy.version.id, itemsOf(busy), [addDays(today, -1)]);
  await insertChecks([checker, ...others], busy.version.id, itemsOf(busy), [today]);
  await insertChecks([checker], quiet.version.id, itemsOf(quiet), [today]);
  expect(await db.itemCheck.count({ where: { familyId } })).toBe(2_441);
});

describe("the version in force on a kid's day", () => {
  const versionOn = (kid: string, routine: string) =>
    Prisma.sql`SELECT routine_version_on(${familyId}::uuid, ${kid}::uuid, ${routine}::uuid, ${today}::date)::text AS v`;

  it("is found as cheaply for a routine with 2,440 checks as for one with 1", async () => {
    for (const kid of [checker, idle]) {
      const [onBusy, onQuiet] = [
        await buffersOf(versionOn(kid, busy.routine.id)),
        await buffersOf(versionOn(kid, quiet.routine.id)),
      ];
      // The same index probes for both: a page more or less where the B-tree pages differ, not
      // the busy version's checks (about 45 pages more when read through its index).
      expect(Math.abs(onBusy - onQuiet)).toBeLessThanOrEqual(2);
      expect(await db.$queryRaw(versionOn(kid, busy.routine.id))).toEqual([{ v: busy.version.id }]);
    }
  });
});
