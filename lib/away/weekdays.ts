import { weekdayNames } from "@/lib/routines/rules";

/** The short weekday names in the family's week order (its first day first). */
export function familyWeekdayNames(weekStart: number, locale: string): string[] {
  const names = weekdayNames(locale);
  return Array.from({ length: 7 }, (_, i) => names[(weekStart - 1 + i) % 7]!);
}
