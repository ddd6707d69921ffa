// Calendar feeds (issue 19) through the real route: a secret address answers the calendar,
// privately; a revoked or unknown one answers 404, the same; a kid's shows only that kid's
// routines; another family can revoke nothing.
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createFeed, feedCalendar, revokeFeed } from "@/lib/calendar/queries";
import { createFamily, createKid, createParent, createRoutine } from "@/lib/testing/factories";
import { addDays, localDateAt, toDbDate } from "@/lib/time/rules";

// The route handler itself, as Next calls it (lib/ may not import app/ statically).
const { GET } = await import("@/app/calendar/[token]/route");
afterAll(() => db.$disconnect());

const get = (token: string) =>
  GET(
    new Request(`http://evil.example/calendar/${token}.ics`, { headers: { host: "evil.example" } }),
    {
      params: Promise.resolve({ token: `${token}.ics` }),
    },
  );

async function seed() {
  const family = await createFamily(db);
  const { member: parent } = await createParent(db, family.id);
  const nora = await createKid(db, family.id, { displayName: "Nora" });
  const leo = await createKid(db, family.id, { displayName: "Leo" });
  const morning = await createRoutine(db, family.id, {
    name: "Morning",
    kidIds: [nora.id, leo.id],
  });
  const piano = await createRoutine(db, family.id, { name: "Piano", kidIds: [leo.id] });
  return { family, parent, nora, leo, morning, piano };
}

const summaries = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v).summary)
    .sort();

/** The local dates of `summary`'s occurrences up to `until`, as a calendar app expands them. */
function days(ics: string, summary: string, until: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone"))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const vevent = calendar
    .getAllSubcomponents("vevent")
    .find((v) => new ICAL.Event(v).summary === summary)!;
  const event = new ICAL.Event(vevent);
  const iterator = event.iterator();
  const found: string[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const day = next.toString().slice(0, 10);
    if (day > until) break;
    found.push(day);
  }
  return found;
}

async function isTheirs(
  routineId: string,
  day: string,
  kidId: string,
  doersOn: (routineId: string, day: string) => Promise<string[]>,
) {
  return (await doersOn(routineId, day)).includes(kidId);
}

describe("calendar feeds", () => {
  it("answer the calendar privately at their secret address, and 404 once revoked", async () => {
    const { family, parent } = await seed();
    const { id, token } = await createFeed(family.id, parent.id, null);
    const response = await get(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const ics = await response.text();
    expect(summaries(ics)).toEqual(["Morning · Leo", "Morning · Nora", "Piano · Leo"]);
    // Built from the configured address, never from the request's Host.
    expect(ics).not.toContain("evil.example");
    expect(ics).toContain("@routines.example.com"); // PUBLIC_URL (vitest.config.ts)
    // Only the hash is kept.
    expect(await db.calendarFeed.count({ where: { tokenHash: token } })).toBe(0);

    await revokeFeed(family.id, id);
    const gone = await get(token);
    expect(gone.status).toBe(404);
    expect(gone.headers.get("cache-control")).toBe("no-store");
    expect((await get("x".repeat(43))).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
  });

  it("show a kid only their own routines", async () => {
    const { family, parent, nora } = await seed();
    const { token } = await createFeed(family.id, parent.id, nora.id);
    const ics = (await feedCalendar(token, "routines.example.com"))!;
    expect(summaries(ics)).toEqual(["Morning"]);
    expect(ics).toContain("@routines.example.com");
  });

  it("give each kid only their turns of a routine they take turns at, and a pool chore's days they could take", async () => {
    const { family, parent, nora, leo } = await seed();
    const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
    const dishes = await createRoutine(db, family.id, {
      name: "Dishes",
      kidIds: [nora.id, leo.id],
    });
    await db.routine.update({
      where: { id: dishes.routine.id },
      data: { turns: "DAY", turnsFrom: toDbDate(today) },
    });
    const trash = await createRoutine(db, family.id, { name: "Trash", kidIds: [nora.id, leo.id] });
    await db.routine.update({
      where: { id: trash.routine.id },
      data: { pooled: true, pooledFrom: toDbDate(addDays(today, -7)) },
    });
    // Leo took the trash yesterday; the feeds were made a week ago.
    await db.poolClaim.create({
      data: {
        familyId: family.id,
        routineId: trash.routine.id,
        localDate: toDbDate(addDays(today, -1)),
        memberId: leo.id,
        claimedAt: new Date(),
      },
    });
    const feeds = new Map<string, string>();
    for (const kid of [nora, leo]) {
      const { id, token } = await createFeed(family.id, parent.id, kid.id);
      await db.calendarFeed.update({
        where: { id },
        data: { createdAt: new Date(Date.now() - 7 * 86_400_000) },
      });
      feeds.set(kid.id, (await feedCalendar(token, "routines.example.com"))!);
    }
    const doersOn = async (routineId: string, day: string) =>
      (
        await db.$queryRaw<{ doers: string[] }[]>`
          SELECT routine_doers(${family.id}::uuid, ${routineId}::uuid, ${day}::date)::text[] AS "doers"`
      )[0]!.doers;
    const window = Array.from({ length: 21 }, (_, i) => addDays(today, i - 7));
    for (const kid of [nora, leo]) {
      // (From the window's start: a feed made 7 × 24 h ago may begin a day earlier across DST.)
      const inWindow = (list: string[]) => list.filter((day) => day >= window[0]!);
      const dishesDays = inWindow(days(feeds.get(kid.id)!, "Dishes", window.at(-1)!));
      const trashDays = inWindow(days(feeds.get(kid.id)!, "Trash", window.at(-1)!));
      // The feed's days are the days routine_doers() names the kid (before the turns began: all).
      const expectedDishes: string[] = [];
      for (const day of window)
        if (await isTheirs(dishes.routine.id, day, kid.id, doersOn)) expectedDishes.push(day);
      expect(dishesDays, kid.displayName).toEqual(expectedDishes);
      const expectedTrash: string[] = [];
      for (const day of window)
        if (await isTheirs(trash.routine.id, day, kid.id, doersOn)) expectedTrash.push(day);
      expect(trashDays, kid.displayName).toEqual(expectedTrash);
    }
    // Turns alternate from today; yesterday's trash is Leo's alone, tomorrow's is anyone's.
    const noraDishes = days(feeds.get(nora.id)!, "Dishes", addDays(today, 3));
    const leoDishes = days(feeds.get(leo.id)!, "Dishes", addDays(today, 3));
    expect(
      noraDishes.filter((d) => d >= today).length + leoDishes.filter((d) => d >= today).length,
    ).toBe(4);
    expect(days(feeds.get(nora.id)!, "Trash", today)).not.toContain(addDays(today, -1));
    expect(days(feeds.get(leo.id)!, "Trash", today)).toContain(addDays(today, -1));
    for (const kid of [nora, leo])
      expect(days(feeds.get(kid.id)!, "Trash", addDays(today, 1))).toContain(addDays(today, 1));
  });

  it("belong to their family", async () => {
    const mine = await seed();
    const theirs = await seed();
    const { id, token } = await createFeed(mine.family.id, mine.parent.id, null);
    await expect(revokeFeed(theirs.family.id, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createFeed(theirs.family.id, theirs.parent.id, mine.nora.id),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await get(token)).status).toBe(200);
  });
});
