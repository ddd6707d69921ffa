// Random days away for the property tests of who does a routine (rotation, pool chores): the
// family's away ranges replaced by these, and the same ranges as the pure rules read them.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { awayOn, type AwayRange } from "@/lib/away/rules";
import { addDays, toDbDate, type LocalDate } from "@/lib/time/rules";

/** `away`: which kid (an index into `kids`), from how many days after `today`, for how long. */
export async function replaceAwayRanges(
  db: PrismaClient,
  familyId: string,
  kids: readonly { id: string }[],
  today: LocalDate,
  away: readonly { kid: number; from: number; length: number }[],
): Promise<(kidId: string, date: LocalDate) => boolean> {
  await db.awayDay.deleteMany({ where: { familyId } });
  const ranges = new Map<string, AwayRange[]>();
  for (const a of away) {
    const kid = kids[a.kid]!.id;
    const range = {
      kind: "AWAY" as const,
      startDate: addDays(today, a.from),
      endDate: addDays(today, a.from + a.length),
      place: null,
    };
    ranges.set(kid, [...(ranges.get(kid) ?? []), range]);
    await db.awayDay.create({
      data: {
        ...range,
        familyId,
        memberId: kid,
        startDate: toDbDate(range.startDate),
        endDate: toDbDate(range.endDate),
      },
    });
  }
  return (kid, date) => awayOn({ pattern: null, days: ranges.get(kid) ?? [] }, date) !== null;
}
