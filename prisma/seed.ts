// `npm run db:seed`: writes the demo family (prisma/demo-family.ts) with 60 days of history in the
// family's time zone. Idempotent: the family has a fixed id, and when it exists nothing is written.
// Everything is one transaction, so an interrupted seed leaves no half family behind.
import "dotenv/config";
import { randomUUID } from "node:crypto";
import { createDbClient } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays, instantAt, isoWeekday, localDateAt, toDbDate } from "@/lib/time/rules";
import { seedPoints } from "./seed-points";
import {
  DEMO_FAMILY_ID,
  HISTORY_DAYS,
  demoFamily,
  demoHabits,
  demoKids,
  demoParents,
  demoRoutines,
  demoSecrets,
  type DemoSecrets,
  type MemberKey,
} from "./demo-family";

type Tx = Prisma.TransactionClient;

/** A small deterministic PRNG (mulberry32): the same history shape on every machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

async function seedPeople(tx: Tx, secrets: DemoSecrets): Promise<Map<MemberKey, string>> {
  const familyId = DEMO_FAMILY_ID;
  await tx.family.create({ data: { id: familyId, ...demoFamily } });
  const passwordHash = await hashPassword(secrets.password);
  const memberIds = new Map<MemberKey, string>();
  for (const parent of demoParents) {
    const user = await tx.user.create({
      data: { email: parent.email, name: parent.name, passwordHash },
    });
    const member = await tx.familyMember.create({
      data: {
        familyId,
        role: "PARENT",
        userId: user.id,
        displayName: parent.name.split(" ")[0]!,
        avatarEmoji: parent.emoji,
        avatarColor: parent.color,
      },
    });
    memberIds.set(parent.key, member.id);
  }
  for (const kid of demoKids) {
    const member = await tx.familyMember.create({
      data: {
        familyId,
        role: "CHILD",
        displayName: kid.name,
        avatarEmoji: kid.emoji,
        avatarColor: kid.color,
        pinHash: kid.pin ? await hashPassword(secrets.pin) : null,
        ...("look" in kid ? kid.look : {}),
      },
    });
    memberIds.set(kid.key, member.id);
  }
  return memberIds;
}

type VersionRows = { id: string; from: string; items: { id: string }[] };

async function seedRoutines(
  tx: Tx,
  members: Map<MemberKey, string>,
  today: string,
  rand: () => number,
) {
  const familyId = DEMO_FAMILY_ID;
  const { timeZone } = demoFamily;
  const checks: Prisma.ItemCheckCreateManyInput[] = [];
  const completions: Prisma.RoutineCompletionCreateManyInput[] = [];

  for (const routine of demoRoutines) {
    const routineId = randomUUID();
    const historyStart = addDays(today, -HISTORY_DAYS - 15);
    await tx.routine.create({
      data: {
        id: routineId,
        familyId,
        name: routine.name,
        icon: routine.icon,
        weekdays: routine.weekdays,
        startMinute: minutes(routine.start),
        endMinute: minutes(routine.end),
        thenEmoji: routine.then?.emoji ?? null,
        thenLabel: routine.then?.label ?? null,
        createdAt: instantAt(historyStart, 12 * 60, timeZone),
      },
    });
    await tx.routineAssignment.createMany({
      data: routine.kids.map((kid) => ({ familyId, routineId, memberId: members.get(kid)! })),
    });

    // Cards and items keep a lineage id across versions, as an edit in the app would.
    const lineage = new Map<string, string>();
    const versions: VersionRows[] = [];
    for (const [index, cards] of routine.versions.entries()) {
      const isLast = index === routine.versions.length - 1;
      const from =
        isLast && routine.lastVersionDaysAgo
          ? addDays(today, -routine.lastVersionDaysAgo)
          : historyStart;
      const versionId = randomUUID();
      await tx.routineVersion.create({
        data: {
          id: versionId,
          familyId,
          routineId,
          number: index + 1,
          createdAt: instantAt(from, 0, timeZone),
        },
      });
      const items: { id: string }[] = [];
      for (const [position, card] of cards.entries()) {
        const cardId = randomUUID();
        const cardLineage = lineage.get(card.title) ?? randomUUID();
        lineage.set(card.title, cardLineage);
        await tx.routineCard.create({
          data: {
            id: cardId,
            familyId,
            versionId,
            lineageId: cardLineage,
            position,
            title: card.title,
            pictureEmoji: card.emoji,
            durationSeconds: card.durationSeconds ?? null,
          },
        });
        for (const [itemPosition, label] of card.items.entries()) {
          const itemId = randomUUID();
          const key = `${card.title}/${label}`;
          const itemLineage = lineage.get(key) ?? randomUUID();
          lineage.set(key, itemLineage);
          await tx.routineItem.create({
            data: {
              id: itemId,
              familyId,
              cardId,
              lineageId: itemLineage,
              position: itemPosition,
              label,
            },
          });
          items.push({ id: itemId });
        }
      }
      versions.push({ id: versionId, from, items });
    }

    const start = minutes(routine.start);
    for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
      const date = addDays(today, -daysAgo);
      if (!routine.weekdays.includes(isoWeekday(date))) continue;
      const version = versions.findLast((v) => v.from <= date)!;
      for (const kid of routine.kids) {
        if (rand() > 0.85) continue; // a day this kid skipped the routine
        const memberId = members.get(kid)!;
        let minute = start + Math.floor(rand() * 10);
        let lastCheck = instantAt(date, minute, timeZone);
        let checkedAll = true;
        for (const item of version.items) {
          if (rand() > 0.95) {
            checkedAll = false;
            continue;
          }
          minute += 1 + Math.floor(rand() * 4);
          lastCheck = instantAt(date, minute, timeZone);
          checks.push({
            familyId,
            memberId,
            itemId: item.id,
            versionId: version.id,
            localDate: toDbDate(date),
            checkedAt: lastCheck,
            createdAt: lastCheck,
          });
        }
        if (checkedAll) {
          completions.push({
            familyId,
            memberId,
            routineId,
            versionId: version.id,
            localDate: toDbDate(date),
            completedAt: lastCheck,
            createdAt: lastCheck,
          });
        }
      }
    }
  }
  await tx.itemCheck.createMany({ data: checks });
  await tx.routineCompletion.createMany({ data: completions });
  return { checks: checks.length, completions: completions.length };
}

async function seedHabits(
  tx: Tx,
  members: Map<MemberKey, string>,
  today: string,
  rand: () => number,
) {
  const familyId = DEMO_FAMILY_ID;
  const logs: Prisma.HabitLogCreateManyInput[] = [];
  const startDate = addDays(today, -HISTORY_DAYS - 15);
  for (const habit of demoHabits) {
    const daily = "daily" in habit.cadence ? habit.cadence.daily : null;
    const created = await tx.habit.create({
      data: {
        familyId,
        memberId: members.get(habit.member)!,
        name: habit.name,
        icon: habit.icon,
        cadence: daily ? "DAILY" : "WEEKLY",
        weekdays: daily ?? [],
        timesPerWeek: "perWeek" in habit.cadence && !habit.measure ? habit.cadence.perWeek : null,
        unit: habit.measure?.unit ?? null,
        target: habit.measure?.target ?? null,
        startDate: toDbDate(startDate),
      },
    });
    for (let daysAgo = HISTORY_DAYS; daysAgo >= 1; daysAgo--) {
      const date = addDays(today, -daysAgo);
      if (daily && !daily.includes(isoWeekday(date))) continue;
      if (rand() > habit.likelihood) continue;
      const at = instantAt(date, 18 * 60, demoFamily.timeZone);
      // A measured habit's day: its usual amount, give or take half.
      const count = habit.measure
        ? Math.max(1, Math.round(habit.measure.usual * (0.5 + rand())))
        : 1;
      logs.push({ familyId, habitId: created.id, localDate: toDbDate(date), count, createdAt: at });
    }
  }
  await tx.habitLog.createMany({ data: logs });
  return { habits: demoHabits.length, logs: logs.length };
}

export async function seedDemoFamily(
  url: string,
  secrets: DemoSecrets,
): Promise<"created" | "exists"> {
  const db = createDbClient({ url, connectTimeoutMs: 10_000, poolSize: 2 });
  try {
    if (await db.family.findUnique({ where: { id: DEMO_FAMILY_ID }, select: { id: true } })) {
      return "exists";
    }
    const today = localDateAt(new Date(), demoFamily.timeZone, demoFamily.dayStartMinute);
    const rand = random(20261127);
    const started = performance.now();
    const counts = await db.$transaction(
      async (tx) => {
        const members = await seedPeople(tx, secrets);
        const routines = await seedRoutines(tx, members, today, rand);
        const habits = await seedHabits(tx, members, today, rand);
        const points = await seedPoints(tx, members, today);
        return {
          members: members.size,
          routines: demoRoutines.length,
          ...routines,
          ...habits,
          ...points,
        };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    const ms = Math.round(performance.now() - started);
    console.log(`[seed] demo family created in ${ms} ms: ${JSON.stringify(counts)}`);
    return "created";
  } finally {
    await db.$disconnect();
  }
}

// Run as a script (npm run db:seed), not when imported by the launcher.
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm start` seeds the embedded database by itself.");
    process.exit(1);
  }
  // `npm start` passes the secrets it keeps in DATA_DIR; run by hand, this says them once.
  const secrets = demoSecrets();
  const chosen = Boolean(process.env.DEMO_PASSWORD);
  seedDemoFamily(url, secrets).then(
    (result) => {
      if (result === "exists") console.log("[seed] demo family already present; nothing changed");
      else if (!chosen)
        console.log(
          `[seed] demo parents sign in with the password ${secrets.password} (kid PIN ${secrets.pin}); it is shown only now`,
        );
    },
    (error: unknown) => {
      console.error("[seed] failed:", error);
      process.exit(1);
    },
  );
}
