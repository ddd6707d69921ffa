// Trigger addresses (issue 19) through the real route: a POST checks the item as a tap would, a
// repeat within the minute is the same tap, the rules of a tap hold, a burst meets the limit, a
// revoked address does nothing, and another family can neither use nor revoke one.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createTrigger, minuteEventId, revokeTrigger } from "@/lib/triggers/queries";
import {
  createFamily,
  createHabit,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";
import { checkItem } from "@/lib/checks/queries";
import { saveRoutine } from "@/lib/routines/queries";
import { routineDraftSchema } from "@/lib/routines/schemas";
import { getRoutineForEditor } from "@/lib/routines/views";
import { addDays, formatMinuteOfDay, isoWeekday, localDateAt } from "@/lib/time/rules";

// The route handler itself, as Next calls it (lib/ may not import app/ statically).
const { POST, GET } = await import("@/app/trigger/[token]/route");
afterAll(() => db.$disconnect());

const post = (token: string) =>
  POST(new Request(`http://localhost/trigger/${token}`, { method: "POST" }), {
    params: Promise.resolve({ token }),
  });

async function seed(options: { today?: boolean } = {}) {
  const family = await createFamily(db);
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const { routine, items } = await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: [["Teeth", "Socks"]],
    // Every day, or every day but today.
    weekdays: [1, 2, 3, 4, 5, 6, 7].filter(
      (d) => options.today !== false || d !== isoWeekday(today),
    ),
  });
  const lineage = async (index: number) =>
    (await db.routineItem.findUniqueOrThrow({ where: { id: items[index]!.id } })).lineageId;
  return { family, parent, kid, routine, items, lineage, today };
}

describe("trigger addresses", () => {
  it("check the item as a tap does, once per minute, and nothing once revoked", async () => {
    const { family, parent, kid, routine, items, lineage } = await seed();
    const { id, token } = await createTrigger(family.id, parent.id, {
      kind: "item",
      kidId: kid.id,
      routineId: routine.id,
      itemLineageId: await lineage(0),
    });
    const first = await post(token);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ did: "checked", new: true });
    expect(await (await post(token)).json()).toMatchObject({ did: "checked", new: false });
    const checks = await db.itemCheck.findMany({ where: { familyId: family.id } });
    expect(checks.map((c) => c.itemId)).toEqual([items[0]!.id]);
    expect(checks[0]!.clientEventId).toBe(minuteEventId(id, checks[0]!.checkedAt));

    await revokeTrigger(family.id, id);
    expect((await post(token)).status).toBe(404);
    expect((await post("x".repeat(43))).status).toBe(404);
    expect((await GET()).status).toBe(405);
  });

  it("keep the rules of a tap: nothing on a day the routine is not on", async () => {
    const { family, parent, kid, routine, lineage } = await seed({ today: false });
    const { token } = await createTrigger(family.id, parent.id, {
      kind: "item",
      kidId: kid.id,
      routineId: routine.id,
      itemLineageId: await lineage(1),
    });
    const refused = await post(token);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: "rule_violation" });
    expect(await db.itemCheck.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("follow their item into the routine's next version", async () => {
    const { family, parent, kid, routine, items, lineage, today } = await seed();
    const teeth = await lineage(0);
    const { token } = await createTrigger(family.id, parent.id, {
      kind: "item",
      kidId: kid.id,
      routineId: routine.id,
      itemLineageId: teeth,
    });
    // Yesterday's check keeps version 1 as it was; the edit becomes version 2, today's version (a
    // check today would have kept today on version 1: the day's checks pin its version).
    await checkItem(family.id, kid.id, items[1]!.id, addDays(today, -1), randomUUID());
    const current = await getRoutineForEditor(family.id, routine.id);
    const cards = current.cards.map((card) => ({
      ...card,
      items: [{ label: "Floss" }, ...card.items],
    }));
    const draft = routineDraftSchema.parse({
      name: current.name,
      icon: current.icon,
      weekdays: current.weekdays,
      start: formatMinuteOfDay(current.startMinute),
      end: formatMinuteOfDay(current.endMinute),
      kidIds: current.kidIds,
      cards,
      points: current.points,
    });
    await saveRoutine(family.id, routine.id, current.revision, draft);
    const next = await db.routineVersion.findFirstOrThrow({
      where: { routineId: routine.id },
      orderBy: { number: "desc" },
    });
    expect(next.number).toBe(2);

    expect((await post(token)).status).toBe(200);
    const check = await db.itemCheck.findFirstOrThrow({
      where: { familyId: family.id, item: { lineageId: teeth } },
      select: { versionId: true, item: { select: { label: true } } },
    });
    expect(check).toEqual({ versionId: next.id, item: { label: "Teeth" } });
  });

  it("log a habit for its kid", async () => {
    const { family, parent, kid } = await seed();
    const habit = await createHabit(db, family.id, kid.id);
    const { token } = await createTrigger(family.id, parent.id, {
      kind: "habit",
      kidId: kid.id,
      habitId: habit.id,
    });
    expect(await (await post(token)).json()).toMatchObject({ did: "logged", new: true });
    expect(await db.habitLog.count({ where: { habitId: habit.id } })).toBe(1);
  });

  it("hold their limit under a burst: 40 at once, 30 go through, one check", async () => {
    const { family, parent, kid, routine, lineage } = await seed();
    const { token } = await createTrigger(family.id, parent.id, {
      kind: "item",
      kidId: kid.id,
      routineId: routine.id,
      itemLineageId: await lineage(0),
    });
    const statuses = (await Promise.all(Array.from({ length: 40 }, () => post(token)))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    expect(await db.itemCheck.count({ where: { familyId: family.id } })).toBe(1);
  });

  it("belong to their family", async () => {
    const mine = await seed();
    const theirs = await seed();
    await expect(
      createTrigger(theirs.family.id, theirs.parent.id, {
        kind: "item",
        kidId: mine.kid.id,
        routineId: mine.routine.id,
        itemLineageId: await mine.lineage(0),
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await createTrigger(mine.family.id, mine.parent.id, {
      kind: "item",
      kidId: mine.kid.id,
      routineId: mine.routine.id,
      itemLineageId: await mine.lineage(0),
    });
    await expect(revokeTrigger(theirs.family.id, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.triggerLink.count({ where: { id, revokedAt: null } })).toBe(1);
  });
});
