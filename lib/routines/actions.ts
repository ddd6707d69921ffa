"use server";
// Routine editing: create, save (in place or as a new version), archive and restore.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { createRoutine, saveRoutine, setRoutineArchived } from "@/lib/routines/queries";
import { routineIdSchema, saveRoutineSchema } from "@/lib/routines/schemas";

const refresh = (routineId?: string) => {
  revalidatePath("/routines");
  revalidatePath("/dashboard");
  if (routineId) revalidatePath(`/routines/${routineId}`);
};

export const saveRoutineAction = validatedAction({
  schema: saveRoutineSchema,
  authorize: requireParent,
  async run({ routineId, revision, ...draft }, session) {
    if (!routineId) {
      const routine = await createRoutine(session.familyId, draft);
      refresh();
      redirect(`/routines/${routine.id}?saved=created`);
    }
    if (revision === undefined) throw new DomainError("This form is out of date. Reload the page.");
    const result = await saveRoutine(session.familyId, routineId, revision, draft);
    refresh(routineId);
    // A fresh page load gives the editor the saved content with its lineage ids and new revision.
    redirect(`/routines/${routineId}?saved=${result.mode}&version=${result.versionNumber}`);
  },
});

export const archiveRoutineAction = validatedAction({
  schema: routineIdSchema,
  authorize: requireParent,
  async run({ routineId }, session) {
    await setRoutineArchived(session.familyId, routineId, true);
    refresh(routineId);
    return { ok: true, message: "Archived. Kids no longer see it; its history is kept." };
  },
});

export const restoreRoutineAction = validatedAction({
  schema: routineIdSchema,
  authorize: requireParent,
  async run({ routineId }, session) {
    await setRoutineArchived(session.familyId, routineId, false);
    refresh(routineId);
    return { ok: true, message: "Restored." };
  },
});
