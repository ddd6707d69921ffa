// Calendar feeds (issue 19) through the real route: a secret address answers the calendar,
// privately; a revoked or unknown one answers 404, the same; a kid's shows only that kid's
// routines; another family can revoke nothing.
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createFeed, feedCalendar, revokeFeed } from "@/lib/calendar/queries";
import { createFamily, createKid, createParent, createRoutine } from "@/lib/testing/factories";

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
