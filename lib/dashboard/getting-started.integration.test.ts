import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { gettingStarted } from "@/lib/dashboard/getting-started";
import {
  createFamily,
  createKid,
  createParent,
  createRoutine,
  createTabletRow,
} from "@/lib/testing/factories";

afterAll(() => db.$disconnect());

describe("gettingStarted", () => {
  it("counts what the family has set up, its own only, and not what it archived or revoked", async () => {
    const family = await createFamily(db);
    const { member } = await createParent(db, family.id);
    const other = await createFamily(db);
    const otherKid = await createKid(db, other.id);
    await createRoutine(db, other.id, { kidIds: [otherKid.id] });
    expect(await gettingStarted(family.id)).toEqual({
      kids: 0,
      routines: 0,
      tablets: 0,
      rewards: 0,
    });

    const kid = await createKid(db, family.id);
    await createKid(db, family.id).then((gone) =>
      db.familyMember.update({ where: { id: gone.id }, data: { archivedAt: new Date() } }),
    );
    await createRoutine(db, family.id, { kidIds: [kid.id] });
    await createTabletRow(db, family.id, member.id);
    await createTabletRow(db, family.id, member.id).then((gone) =>
      db.tabletDevice.update({ where: { id: gone.id }, data: { revokedAt: new Date() } }),
    );
    await db.reward.create({ data: { familyId: family.id, name: "Zoo", emoji: "🦁", cost: 50 } });
    expect(await gettingStarted(family.id)).toEqual({
      kids: 1,
      routines: 1,
      tablets: 1,
      rewards: 1,
    });
  });
});
