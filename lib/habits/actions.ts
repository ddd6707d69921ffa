"use server";
// Habits for parents: create, archive, restore, log (today or up to 7 days back), undo, pause.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { familyToday } from "@/lib/families/queries";
import { setPhotoOf } from "@/lib/media/queries";
import { createHabit, pauseHabits, setHabitArchived } from "@/lib/habits/queries";
import { logHabit, undoHabitLog } from "@/lib/habits/logs";
import {
  habitIdSchema,
  habitPhotoSchema,
  habitSchema,
  parentLogSchema,
  pauseSchema,
  undoLogSchema,
} from "@/lib/habits/schemas";
import { isWithinBackfill } from "@/lib/time/rules";

const todayOf = async (familyId: string) => (await familyToday(familyId)).today;

const refresh = (habitId?: string) => {
  revalidatePath("/habits");
  revalidatePath("/dashboard");
  if (habitId) revalidatePath(`/habits/${habitId}`);
};

export const createHabitAction = validatedAction({
  schema: habitSchema,
  authorize: requireParent,
  async run(input, session) {
    const habit = await createHabit(session.familyId, input);
    refresh();
    redirect(`/habits/${habit.id}`);
  },
});

export const setHabitPhotoAction = validatedAction({
  schema: habitPhotoSchema,
  authorize: requireParent,
  async run({ habitId, photoId }, session) {
    await setPhotoOf("habit", session.familyId, habitId, photoId);
    refresh(habitId);
    return { ok: true, message: photoId ? "Photo saved." : "Photo removed." };
  },
});

export const archiveHabitAction = validatedAction({
  schema: habitIdSchema,
  authorize: requireParent,
  async run({ habitId }, session) {
    await setHabitArchived(session.familyId, habitId, true);
    refresh(habitId);
    return { ok: true, message: "Archived. Its history is kept." };
  },
});

export const restoreHabitAction = validatedAction({
  schema: habitIdSchema,
  authorize: requireParent,
  async run({ habitId }, session) {
    await setHabitArchived(session.familyId, habitId, false);
    refresh(habitId);
    return { ok: true, message: "Restored." };
  },
});

export const logHabitAction = validatedAction({
  schema: parentLogSchema,
  authorize: requireParent,
  async run(input, session) {
    const today = await todayOf(session.familyId);
    if (!isWithinBackfill(input.date, today)) {
      throw new DomainError("Log today or up to 7 days back.", {
        date: ["Pick today or one of the last 7 days."],
      });
    }
    await logHabit(session.familyId, input.habitId, {
      date: input.date,
      today,
      count: input.count,
      note: input.note,
    });
    refresh(input.habitId);
    return { ok: true, message: "Logged." };
  },
});

export const undoHabitLogAction = validatedAction({
  schema: undoLogSchema,
  authorize: requireParent,
  async run({ habitId, logId }, session) {
    await undoHabitLog(session.familyId, logId, await todayOf(session.familyId));
    refresh(habitId);
    return { ok: true, message: "Log removed." };
  },
});

export const pauseHabitAction = validatedAction({
  schema: pauseSchema,
  authorize: requireParent,
  async run(input, session) {
    await pauseHabits(session.familyId, { ...input, today: await todayOf(session.familyId) });
    refresh(input.habitId);
    return {
      ok: true,
      message:
        input.startDate === input.endDate
          ? "Day excused."
          : "Paused. Those days will not break the streak.",
    };
  },
});
