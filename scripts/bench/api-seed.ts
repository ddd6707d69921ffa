// The benchmark's families: identical ones for the API and for the baseline, big enough that every
// check-off of a run is a new (kid, item, day) and so a real insert.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createApiTokenRow } from "../../lib/testing/factories";
import { addDays } from "../../lib/time/rules";

const DAY_MS = 24 * 60 * 60 * 1000;
export const KIDS = 300;
export const ROUTINES = 3;
export const CARDS = 5;
export const ITEMS = 4;

export type Seeded = {
  familyId: string;
  /** The parent the check-offs are made by (the API token's). */
  parentId: string;
  kidIds: string[];
  itemIds: string[];
  token: string;
};

/** A family of KIDS kids sharing ROUTINES routines of CARDS × ITEMS items, scheduled every day. */
export async function seedFamily(db: PrismaClient, name: string): Promise<Seeded> {
  const family = await db.family.create({ data: { name, timeZone: "UTC" } });
  const familyId = family.id;
  const user = await db.user.create({
    data: { email: `${randomUUID()}@bench.test`, name: "Bench", passwordHash: "x" },
  });
  const parent = await db.familyMember.create({
    data: {
      familyId,
      role: "PARENT",
      userId: user.id,
      displayName: "Bench",
      avatarEmoji: "🧑",
      avatarColor: "#1d4ed8",
    },
  });
  const kidIds = Array.from({ length: KIDS }, () => randomUUID());
  await db.familyMember.createMany({
    data: kidIds.map((id, i) => ({
      id,
      familyId,
      role: "CHILD" as const,
      displayName: `Kid ${i}`,
      avatarEmoji: "🦊",
      avatarColor: "#c2410c",
    })),
  });
  const itemIds: string[] = [];
  for (let r = 0; r < ROUTINES; r++) {
    const routine = await db.routine.create({
      data: {
        familyId,
        name: `Routine ${r}`,
        icon: "🌅",
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        startMinute: 420 + r * 120,
        endMinute: 480 + r * 120,
      },
    });
    await db.routineAssignment.createMany({
      data: kidIds.map((memberId) => ({ familyId, routineId: routine.id, memberId })),
    });
    const version = await db.routineVersion.create({
      // In force for the 8 days the check-offs cycle through (checkBodies), not only today.
      data: {
        familyId,
        routineId: routine.id,
        number: 1,
        createdAt: new Date(Date.now() - 30 * DAY_MS),
      },
    });
    const cards = Array.from({ length: CARDS }, (_, position) => ({
      id: randomUUID(),
      familyId,
      versionId: version.id,
      position,
      title: `Card ${position}`,
      pictureEmoji: "⭐",
    }));
    await db.routineCard.createMany({ data: cards });
    const items = cards.flatMap((card) =>
      Array.from({ length: ITEMS }, (_, position) => ({
        id: randomUUID(),
        familyId,
        cardId: card.id,
        position,
        label: `Item ${position}`,
      })),
    );
    await db.routineItem.createMany({ data: items });
    itemIds.push(...items.map((i) => i.id));
  }
  const { token } = await createApiTokenRow(db, familyId, parent.id, "READ_WRITE", {
    name: "Bench",
  });
  return { familyId, parentId: parent.id, kidIds, itemIds, token };
}

/** Every (kid, item, date) once: each check-off is a real insert, never a replay. */
export function checkBodies(family: Seeded, today: string) {
  let n = 0;
  const perDay = family.kidIds.length * family.itemIds.length;
  return () => {
    const i = n++;
    const day = Math.floor(i / perDay) % 8;
    const rest = i % perDay;
    return {
      familyId: family.familyId,
      by: family.parentId,
      memberId: family.kidIds[rest % family.kidIds.length]!,
      itemId: family.itemIds[Math.floor(rest / family.kidIds.length)]!,
      date: addDays(today, -day),
      clientEventId: randomUUID(),
    };
  };
}
