"use server";
// Parents add, remove and re-enable the family's webhooks on the Family page (issue 19).
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { logSecurityEvent } from "@/lib/security-log";
import { createWebhook, deleteWebhook, enableWebhook } from "@/lib/webhooks/queries";
import { webhookIdSchema, webhookSchema } from "@/lib/webhooks/schemas";
import { targetProblem } from "@/lib/webhooks/targets";

export const createWebhookAction = validatedAction({
  schema: webhookSchema,
  authorize: requireParent,
  async run(input, session) {
    const problem = await targetProblem(input.url, {
      allowPrivate: env().WEBHOOKS_ALLOW_PRIVATE_TARGETS,
    });
    if (problem) throw new DomainError(problem, { url: [problem] });
    const created = await createWebhook(session.familyId, session.memberId, input);
    logSecurityEvent("webhook_created", { familyId: session.familyId, webhookId: created.id });
    revalidatePath("/family");
    return {
      ok: true,
      message: "Webhook added. Copy its secret now: it will not be shown again.",
      data: { secret: created.secret, webhookId: created.id },
    };
  },
});

export const deleteWebhookAction = validatedAction({
  schema: webhookIdSchema,
  authorize: requireParent,
  async run({ webhookId }, session) {
    await deleteWebhook(session.familyId, webhookId);
    logSecurityEvent("webhook_deleted", { familyId: session.familyId, webhookId });
    revalidatePath("/family");
    return { ok: true, message: "Webhook removed." };
  },
});

export const enableWebhookAction = validatedAction({
  schema: webhookIdSchema,
  authorize: requireParent,
  async run({ webhookId }, session) {
    await enableWebhook(session.familyId, webhookId);
    revalidatePath("/family");
    return { ok: true, message: "Webhook turned on again." };
  },
});
