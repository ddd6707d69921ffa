import "server-only";
import { db } from "@/lib/db";

export type GettingStarted = { kids: number; routines: number; tablets: number; rewards: number };

/**
 * What a new family has set up so far, for the home page's first steps (issue 17): kids,
 * routines, a family tablet, rewards. One statement of four counts.
 */
export async function gettingStarted(familyId: string): Promise<GettingStarted> {
  const [row] = await db.$queryRaw<GettingStarted[]>`
    SELECT
      (SELECT count(*)::int FROM family_members
        WHERE "familyId" = ${familyId}::uuid AND role = 'CHILD' AND "archivedAt" IS NULL) AS kids,
      (SELECT count(*)::int FROM routines
        WHERE "familyId" = ${familyId}::uuid AND "archivedAt" IS NULL) AS routines,
      (SELECT count(*)::int FROM tablet_devices
        WHERE "familyId" = ${familyId}::uuid AND "revokedAt" IS NULL) AS tablets,
      (SELECT count(*)::int FROM rewards WHERE "familyId" = ${familyId}::uuid) AS rewards`;
  return row ?? { kids: 0, routines: 0, tablets: 0, rewards: 0 };
}
