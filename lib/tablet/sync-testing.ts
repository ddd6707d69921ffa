// Set-up shared by the tablet sync tests (sync-*.integration.test.ts): a family in UTC whose day
// starts at 04:00, so "which day" is plain arithmetic, with a kid, a routine of six items, a habit
// and a tablet; and a check tap made at a given time. Each test file keeps its own `vi.mock`s.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import {
  createFamily,
  createHabit,
  createKid,
  createParent,
  createRoutine,
} from "@/lib/testing/factories";
import { addDays } from "@/lib/time/rules";
import type { Tap } from "@/lib/tablet/sync-schema";

const DAY_START = 240;

export const today = new Date().toISOString().slice(0, 10);

export const at = (date: string, time: string) => new Date(`${date}T${time}:00.000Z`);

/** A fresh family with a kid, her routine (items A–F), a habit and the tablet "Kitchen". */
export async function setupSyncFamily() {
  // Imported here, when a test runs, so it loads after the calling test file's mocks.
  const { enableTablet } = await import("@/lib/tablet/queries");
  const family = await createFamily(db, { timeZone: "UTC", dayStartMinute: DAY_START });
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const routine = await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: [
      ["A", "B", "C"],
      ["D", "E", "F"],
    ],
  });
  const habit = await createHabit(db, family.id, kid.id, { startDate: addDays(today, -20) });
  const device = await enableTablet(family.id, parent.id, "Kitchen");
  const tablet = {
    deviceId: device.id,
    familyId: family.id,
    timeZone: "UTC",
    dayStartMinute: DAY_START,
    pass: { kidPassKidId: null, kidPassPinVersion: null, kidPassUntil: null },
  };
  return { familyId: family.id, kidId: kid.id, items: routine.items, habit, tablet, device };
}

/** A tap checking `itemId` for `kidId`, made at `when` by the tablet's clock. */
export const check = (kidId: string, itemId: string, when: Date): Tap => ({
  id: randomUUID(),
  kind: "check",
  kidId,
  itemId,
  at: when.toISOString(),
});
