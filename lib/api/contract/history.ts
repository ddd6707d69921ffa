// Contract cases for what happened before: older routine versions and restoring an archived
// routine; one habit, its logs page by page, its pauses (see ./family.ts).
import { expect, it } from "vitest";
import { api } from "@/lib/testing/api";
import type { ContractContext } from "@/lib/api/contract/family";
import { addDays, toDbDate } from "@/lib/time/rules";

export function historyContract(context: ContractContext) {
  it("routines: the content of a version, and restoring an archived routine", async () => {
    const { family } = context();
    const token = family.apiToken;
    const first = await api("GET", `/api/v1/routines/${family.routineId}/versions/1`, { token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ routineId: family.routineId, number: 1, current: true });
    expect(JSON.stringify(first.body)).toContain(family.itemId);
    const missing = await api("GET", `/api/v1/routines/${family.routineId}/versions/99`, { token });
    expect(missing.status).toBe(404);

    const routine = await api("POST", "/api/v1/routines", {
      token,
      body: {
        name: "Tidy up",
        icon: "🧸",
        weekdays: [6],
        start: "10:00",
        end: "11:00",
        kidIds: [],
        cards: [],
      },
    });
    const id = (routine.body as { id: string }).id;
    await api("DELETE", `/api/v1/routines/${id}`, { token });
    // Archived is read-only: PATCH answers 409 until it is restored.
    const locked = await api("PATCH", `/api/v1/routines/${id}`, {
      token,
      body: { revision: 0, name: "Tidy" },
    });
    expect(locked.status).toBe(409);
    const restored = await api("POST", `/api/v1/routines/${id}/restore`, { token });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id, archived: false });
  });

  it("habits: one habit (the Location of a new one resolves), its logs page by page, its pauses", async () => {
    const { db, family, today } = context();
    const token = family.apiToken;
    const created = await api("POST", "/api/v1/habits", {
      token,
      body: {
        memberId: family.kidId,
        name: "Stretch",
        icon: "🤸",
        cadence: "WEEKLY",
        timesPerWeek: 2,
        startDate: addDays(today, -30),
      },
    });
    expect(created.status).toBe(201);
    const habit = (await api("GET", created.headers.get("location")!, { token })).body as {
      id: string;
      name: string;
    };
    expect(habit.name).toBe("Stretch");

    const yesterday = addDays(today, -1);
    await api("POST", `/api/v1/habits/${habit.id}/logs`, { token, body: { date: yesterday } });
    await api("POST", `/api/v1/habits/${habit.id}/logs`, { token, body: {} });
    const page1 = await api("GET", `/api/v1/habits/${habit.id}/logs?limit=1`, { token });
    expect(page1.body).toMatchObject({ data: [{ date: today }], nextCursor: today });
    const page2 = await api("GET", `/api/v1/habits/${habit.id}/logs?limit=1&cursor=${today}`, {
      token,
    });
    expect(page2.body).toMatchObject({ data: [{ date: yesterday }], nextCursor: null });
    const ranged = await api(
      "GET",
      `/api/v1/habits/${habit.id}/logs?from=${yesterday}&to=${yesterday}`,
      { token },
    );
    expect((ranged.body as { data: unknown[] }).data).toHaveLength(1);

    await db.habitPause.createMany({
      data: [
        {
          familyId: family.familyId,
          habitId: habit.id,
          kind: "PAUSE",
          startDate: toDbDate(addDays(today, -10)),
          endDate: toDbDate(addDays(today, -8)),
          reason: "Sick",
        },
        {
          familyId: family.familyId,
          memberId: family.kidId,
          kind: "EXCUSED",
          startDate: toDbDate(addDays(today, -5)),
          endDate: toDbDate(addDays(today, -5)),
          reason: "Holiday",
        },
      ],
    });
    const pauses = await api("GET", `/api/v1/habits/${habit.id}/pauses`, { token });
    expect(pauses.body).toMatchObject({
      data: [
        { kind: "PAUSE", reason: "Sick", wholeMember: false },
        { kind: "EXCUSED", reason: "Holiday", wholeMember: true },
      ],
    });
  });
}
