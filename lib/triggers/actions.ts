"use server";
// Parents make and revoke trigger addresses on the Family page (issue 19).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { publicAddress } from "@/lib/public-url";
import { logSecurityEvent } from "@/lib/security-log";
import { createTrigger, revokeTrigger, type TriggerTarget } from "@/lib/triggers/queries";

const uuid = z.uuid();
/** One select's value: "item:<kid>:<routine>:<item lineage>" or "habit:<kid>:<habit>". */
const target = z
  .string({ error: "Pick what it checks." })
  .transform((value, ctx): TriggerTarget => {
    const [kind, ...ids] = value.split(":");
    if (ids.every((id) => uuid.safeParse(id).success)) {
      if (kind === "item" && ids.length === 3)
        return { kind, kidId: ids[0]!, routineId: ids[1]!, itemLineageId: ids[2]! };
      if (kind === "habit" && ids.length === 2) return { kind, kidId: ids[0]!, habitId: ids[1]! };
    }
    ctx.addIssue({ code: "custom", message: "Pick what it checks." });
    return z.NEVER;
  });

export const createTriggerAction = validatedAction({
  schema: z.strictObject({ target }),
  authorize: requireParent,
  async run(input, session) {
    const base = publicAddress("/trigger/"); // refused before anything is made
    const link = await createTrigger(session.familyId, session.memberId, input.target);
    logSecurityEvent("trigger_created", { familyId: session.familyId, triggerId: link.id });
    revalidatePath("/family");
    return {
      ok: true,
      message: "Trigger address made. Copy it now: it will not be shown again.",
      data: { url: `${base}${link.token}` },
    };
  },
});

export const revokeTriggerAction = validatedAction({
  schema: z.strictObject({ triggerId: z.uuid("Not a valid id.") }),
  authorize: requireParent,
  async run({ triggerId }, session) {
    await revokeTrigger(session.familyId, triggerId);
    logSecurityEvent("trigger_revoked", { familyId: session.familyId, triggerId });
    revalidatePath("/family");
    return { ok: true, message: "Revoked. That address checks nothing any more." };
  },
});
