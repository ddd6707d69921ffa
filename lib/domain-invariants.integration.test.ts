// The invariants the database itself guarantees, whatever code writes to it.
import { afterAll, describe, expect, it } from "vitest";
import {
  createFamily,
  createHabit,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { toDbDate } from "@/lib/time/rules";

const db = testDb();
afterAll(() => db.$disconnect());

async function familyWithRoutine() {
  const family = await createFamily(db);
  const kid = await createKid(db, family.id);
  const { routine, version, items } = await createRoutine(db, family.id, { kidIds: [kid.id] });
  return { family, kid, routine, version, item: items[0]! };
}

describe("item checks", () => {
  it("store at most one check per kid, item and local date, even when 20 arrive at once", async () => {
    const { family, kid, version, item } = await familyWithRoutine();
    const check = {
      familyId: family.id,
      memberId: kid.id,
      itemId: item.id,
      versionId: version.id,
      localDate: toDbDate("2026-11-27"),
    };
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => db.itemCheck.create({ data: check })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const failure of results.filter((r) => r.status === "rejected")) {
      expect((failure as PromiseRejectedResult).reason).toMatchObject({ code: "P2002" });
    }
    expect(await db.itemCheck.count({ where: { memberId: kid.id } })).toBe(1);
    // Another day is another check.
    await db.itemCheck.create({ data: { ...check, localDate: toDbDate("2026-11-28") } });
    expect(await db.itemCheck.count({ where: { memberId: kid.id } })).toBe(2);
  });

  it("refuse a kid of one family checking an item of another", async () => {
    const a = await familyWithRoutine();
    const b = await familyWithRoutine();
    // Whichever familyId is claimed, one of the composite foreign keys fails.
    for (const familyId of [a.family.id, b.family.id]) {
      await expect(
        db.itemCheck.create({
          data: {
            familyId,
            memberId: a.kid.id,
            itemId: b.item.id,
            versionId: b.version.id,
            localDate: toDbDate("2026-11-27"),
          },
        }),
      ).rejects.toMatchObject({ code: "P2003" });
    }
    expect(await db.itemCheck.count({ where: { itemId: b.item.id } })).toBe(0);
  });

  it("keep an item that has checks from being deleted", async () => {
    const { family, kid, version, item } = await familyWithRoutine();
    await db.itemCheck.create({
      data: {
        familyId: family.id,
        memberId: kid.id,
        itemId: item.id,
        versionId: version.id,
        localDate: toDbDate("2026-11-27"),
      },
    });
    await expect(db.routineItem.delete({ where: { id: item.id } })).rejects.toThrow();
    expect(await db.routineItem.count({ where: { id: item.id } })).toBe(1);
  });
});

describe("routines and versions", () => {
  it("allow one version number per routine", async () => {
    const { family, routine } = await familyWithRoutine();
    await expect(
      db.routineVersion.create({ data: { familyId: family.id, routineId: routine.id, number: 1 } }),
    ).rejects.toMatchObject({ code: "P2002" });
    await db.routineVersion.create({
      data: { familyId: family.id, routineId: routine.id, number: 2 },
    });
  });

  it("refuse a window that ends before it starts, or no weekday", async () => {
    const family = await createFamily(db);
    await expect(
      createRoutine(db, family.id, { startMinute: 480, endMinute: 420 }),
    ).rejects.toThrow();
    await expect(createRoutine(db, family.id, { weekdays: [] })).rejects.toThrow();
    await expect(createRoutine(db, family.id, { weekdays: [0] })).rejects.toThrow();
    expect(await db.routine.count({ where: { familyId: family.id } })).toBe(0);
  });

  it("refuse a card whose family differs from its version's", async () => {
    const a = await familyWithRoutine();
    const b = await createFamily(db);
    await expect(
      db.routineCard.create({
        data: {
          familyId: b.id,
          versionId: a.version.id,
          position: 9,
          title: "Sneaky",
          pictureEmoji: "🙈",
        },
      }),
    ).rejects.toMatchObject({ code: "P2003" });
  });
});

describe("people", () => {
  it("store emails normalised, so two spellings cannot make two accounts", async () => {
    const family = await createFamily(db);
    const { user } = await createParent(db, family.id);
    await expect(
      db.user.create({ data: { email: user.email.toUpperCase(), name: "Dup", passwordHash: "x" } }),
    ).rejects.toThrow();
    await expect(
      db.user.create({ data: { email: user.email, name: "Dup", passwordHash: "x" } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("give kids no login and parents no PIN", async () => {
    const family = await createFamily(db);
    const { user } = await createParent(db, family.id);
    await expect(
      db.familyMember.create({
        data: {
          familyId: family.id,
          role: "CHILD",
          userId: user.id,
          displayName: "Kid",
          avatarEmoji: "🐢",
          avatarColor: "#000",
        },
      }),
    ).rejects.toThrow();
    await expect(
      db.familyMember.create({
        data: {
          familyId: family.id,
          role: "PARENT",
          displayName: "No login",
          avatarEmoji: "🐢",
          avatarColor: "#000",
        },
      }),
    ).rejects.toThrow();
    const kid = await createKid(db, family.id);
    await expect(
      db.familyMember.update({
        where: { id: (await createParent(db, family.id)).member.id },
        data: { pinHash: "x" },
      }),
    ).rejects.toThrow();
    expect(kid.userId).toBeNull();
  });
});

describe("habits", () => {
  it("keep one log per habit and local day", async () => {
    const family = await createFamily(db);
    const kid = await createKid(db, family.id);
    const habit = await createHabit(db, family.id, kid.id);
    const log = { familyId: family.id, habitId: habit.id, localDate: toDbDate("2026-11-27") };
    await db.habitLog.create({ data: log });
    await expect(db.habitLog.create({ data: log })).rejects.toMatchObject({ code: "P2002" });
  });

  it("require a consistent cadence", async () => {
    const family = await createFamily(db);
    const kid = await createKid(db, family.id);
    await expect(createHabit(db, family.id, kid.id, { timesPerWeek: 9 })).rejects.toThrow();
    await expect(createHabit(db, family.id, kid.id, { weekdays: [] })).rejects.toThrow();
    await createHabit(db, family.id, kid.id, { timesPerWeek: 3 });
    expect(await db.habit.count({ where: { familyId: family.id } })).toBe(1);
  });
});
