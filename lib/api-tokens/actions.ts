"use server";
// API tokens for scripts and home automation: create (the secret is shown once) and revoke.
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { invalidate } from "@/lib/api-tokens/cache";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/queries";
import { createTokenSchema, tokenIdSchema } from "@/lib/api-tokens/schemas";
import { requireParent } from "@/lib/auth/session";
import { logSecurityEvent } from "@/lib/security-log";

export const createApiTokenAction = validatedAction({
  schema: createTokenSchema,
  authorize: requireParent,
  async run(input, session) {
    const created = await createApiToken(session.familyId, session.memberId, input);
    logSecurityEvent("api_token_created", {
      familyId: session.familyId,
      tokenId: created.id,
      scope: input.scope,
    });
    revalidatePath("/family");
    return {
      ok: true,
      message: "Token created. Copy it now: it will not be shown again.",
      data: { token: created.token, tokenId: created.id },
    };
  },
});

export const revokeApiTokenAction = validatedAction({
  schema: tokenIdSchema,
  authorize: requireParent,
  async run({ tokenId }, session) {
    await revokeApiToken(session.familyId, tokenId);
    // This instance forgets it now; the others when the NOTIFY arrives (milliseconds).
    invalidate(`token:${tokenId}`);
    logSecurityEvent("api_token_revoked", { familyId: session.familyId, tokenId });
    revalidatePath("/family");
    return { ok: true, message: "Revoked. Requests with that token now get 401." };
  },
});
