import "server-only";
// Trigger links (issue 19): a secret address that checks an item or logs a habit for a kid when
// something POSTs to it. The tap goes through the same functions as the tablet's, so every rule
// of a tap holds (the day's version, the routine's weekdays, the kid's own habits). A repeat
// within the same minute is the same tap (its client event id is made from the link and the
// minute), so a button pressed twice or an automation that retries checks once.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { hashToken, newSecretToken } from "@/lib/auth/tokens";
import { checkItem } from "@/lib/checks/queries";
import { logHabit } from "@/lib/habits/logs";
import { routinesForKidOnDate } from "@/lib/routines/day";
import { localDateAt } from "@/lib/time/rules";

export const MAX_TRIGGERS = 50;

export type TriggerTarget =
  | { kind: "item"; kidId: string; routineId: string; itemLineageId: string }
  | { kind: "habit"; kidId: string; habitId: string };

/** What a parent may pick, per kid: the items of their routines as they are now, their habits. */
export async function triggerChoices(familyId: string) {
  const [kids, routines, habits] = await Promise.all([
    db.familyMember.findMany({
      where: { familyId, role: "CHILD", archivedAt: null },
      orderBy: { displayName: "asc" },
      select: { id: true, displayName: true },
    }),
    db.routine.findMany({
      where: { familyId, archivedAt: null },
      orderBy: [{ startMinute: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        assignments: { select: { memberId: true } },
        versions: {
          orderBy: { number: "desc" },
          take: 1,
          select: {
            cards: {
              orderBy: { position: "asc" },
              select: {
                items: { orderBy: { position: "asc" }, select: { lineageId: true, label: true } },
              },
            },
          },
        },
      },
    }),
    db.habit.findMany({
      where: { familyId, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, memberId: true },
    }),
  ]);
  return kids.map((kid) => ({
    kidId: kid.id,
    kid: kid.displayName,
    items: routines
      .filter((r) => r.assignments.some((a) => a.memberId === kid.id))
      .flatMap((r) =>
        (r.versions[0]?.cards ?? []).flatMap((card) =>
          card.items.map((item) => ({
            routineId: r.id,
            itemLineageId: item.lineageId,
            label: `${r.name} › ${item.label}`,
          })),
        ),
      ),
    habits: habits
      .filter((h) => h.memberId === kid.id)
      .map((h) => ({ habitId: h.id, label: h.name })),
  }));
}

export async function createTrigger(familyId: string, createdById: string, target: TriggerTarget) {
  const choices = await triggerChoices(familyId);
  const kid = choices.find((c) => c.kidId === target.kidId);
  const label =
    target.kind === "item"
      ? kid?.items.find(
          (i) => i.routineId === target.routineId && i.itemLineageId === target.itemLineageId,
        )?.label
      : kid?.habits.find((h) => h.habitId === target.habitId)?.label;
  // Another family's kid, item or habit looks exactly like a missing one.
  if (!kid || !label) throw new NotFoundError(target.kind === "item" ? "That item" : "That habit");
  if ((await db.triggerLink.count({ where: { familyId, revokedAt: null } })) >= MAX_TRIGGERS)
    throw new DomainError("A family has at most 50 trigger addresses. Revoke one first.");
  const { token, tokenHash } = newSecretToken();
  const link = await db.triggerLink.create({
    data: {
      familyId,
      kidId: target.kidId,
      createdById,
      tokenHash,
      label: `${kid.kid} · ${label}`,
      ...(target.kind === "item"
        ? { routineId: target.routineId, itemLineageId: target.itemLineageId }
        : { habitId: target.habitId }),
    },
    select: { id: true },
  });
  return { id: link.id, token };
}

export async function revokeTrigger(familyId: string, triggerId: string) {
  const { count } = await db.triggerLink.updateMany({
    where: { id: triggerId, familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError("That trigger");
}

export async function listTriggers(familyId: string) {
  return db.triggerLink.findMany({
    where: { familyId, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, createdAt: true },
  });
}

/** A UUID made from the link and the minute: the same tap for every repeat within it. */
export function minuteEventId(triggerId: string, now: Date): string {
  const hex = createHash("sha256")
    .update(`${triggerId}:${Math.floor(now.getTime() / 60_000)}`)
    .digest("hex");
  // Shaped as a version-4-like UUID (the database column is uuid).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type Fired = { id: string; did: "checked" | "logged"; new: boolean; date: string };

/** Fires the link behind `token`; null for an unknown or revoked one. Throws a tap's refusals. */
export async function fireTrigger(token: string, now = new Date()): Promise<Fired | null> {
  const link = await db.triggerLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      familyId: true,
      kidId: true,
      routineId: true,
      itemLineageId: true,
      habitId: true,
      revokedAt: true,
      family: { select: { timeZone: true, dayStartMinute: true } },
    },
  });
  if (!link || link.revokedAt) return null;
  const today = localDateAt(now, link.family.timeZone, link.family.dayStartMinute);
  const clientEventId = minuteEventId(link.id, now);
  if (link.habitId) {
    const result = await logHabit(link.familyId, link.habitId, {
      date: today,
      today,
      clientEventId,
      memberId: link.kidId,
    });
    return { id: link.id, did: "logged", new: result.created, date: today };
  }
  // The item as the kid's day shows it today: the version in force, the routine's weekdays.
  const routine = (await routinesForKidOnDate(link.familyId, link.kidId, today)).find(
    (r) => r.id === link.routineId,
  );
  if (!routine)
    throw new RuleViolationError(
      "That routine is not on this kid's day today, so nothing was checked.",
    );
  const item = await db.routineItem.findFirst({
    where: {
      familyId: link.familyId,
      lineageId: link.itemLineageId!,
      card: { versionId: routine.versionId },
    },
    select: { id: true },
  });
  if (!item)
    throw new RuleViolationError("That item is no longer in the routine, so nothing was checked.");
  const result = await checkItem(link.familyId, link.kidId, item.id, today, clientEventId, now);
  return { id: link.id, did: "checked", new: result.created, date: result.date };
}
