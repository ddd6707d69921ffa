import "server-only";
// Pool chores (issue 21): who took which day. Taking one is a kid's first check of it
// (check_item()); giving it back is undoing their last (a trigger): there is nothing else to write.
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addDays, type LocalDate } from "@/lib/time/rules";

export type ClaimDay = {
  date: LocalDate;
  /** Whether the routine is planned that weekday. */
  planned: boolean;
  /** The kid who took it that day, or null. */
  kidId: string | null;
  /** When they took it (their first check), ISO. */
  takenAt: string | null;
  /** Whether that kid finished it that day. */
  done: boolean;
};

/**
 * Who took a pool chore on each of `days` days from `from`, from the day it became one: one
 * statement (and one for the routine). A routine that is not a pool chore answers [].
 */
export async function listClaims(
  familyId: string,
  routineId: string,
  from: LocalDate,
  days: number,
): Promise<ClaimDay[]> {
  const routine = await db.routine.findFirst({
    where: { id: routineId, familyId },
    select: { pooled: true },
  });
  if (!routine) throw new NotFoundError("That routine");
  if (!routine.pooled) return [];
  const rows = await db.$queryRaw<
    { date: string; planned: boolean; kidId: string | null; takenAt: Date | null; done: boolean }[]
  >`
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date,
           EXTRACT(ISODOW FROM d.day)::int = ANY(r.weekdays) AS planned,
           p."memberId"::text AS "kidId", p."claimedAt" AS "takenAt",
           EXISTS (SELECT 1 FROM routine_completions c
                   WHERE c."routineId" = r.id AND c."familyId" = r."familyId"
                     AND c."memberId" = p."memberId" AND c."localDate" = d.day::date) AS done
    FROM routines r
    CROSS JOIN generate_series(${from}::date, ${addDays(from, days - 1)}::date, interval '1 day') AS d(day)
    LEFT JOIN pool_claims p
      ON p."routineId" = r.id AND p."familyId" = r."familyId" AND p."localDate" = d.day::date
    WHERE r.id = ${routineId}::uuid AND r."familyId" = ${familyId}::uuid
      AND d.day >= r."pooledFrom"
    ORDER BY d.day`;
  return rows.map((row) => ({ ...row, takenAt: row.takenAt?.toISOString() ?? null }));
}
