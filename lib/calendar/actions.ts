"use server";
// Parents make and revoke calendar addresses on the Family page (issue 19).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { publicAddress } from "@/lib/public-url";
import { logSecurityEvent } from "@/lib/security-log";
import { createFeed, revokeFeed } from "@/lib/calendar/queries";

const createFeedSchema = z.strictObject({
  whose: z.union([z.literal("family"), z.uuid()], { error: "Pick whose routines it shows." }),
});
const feedIdSchema = z.strictObject({ feedId: z.uuid("Not a valid id.") });

export const createFeedAction = validatedAction({
  schema: createFeedSchema,
  authorize: requireParent,
  async run({ whose }, session) {
    const base = publicAddress("/calendar/"); // refused before anything is made
    const feed = await createFeed(
      session.familyId,
      session.memberId,
      whose === "family" ? null : whose,
    );
    logSecurityEvent("calendar_feed_created", { familyId: session.familyId, feedId: feed.id });
    revalidatePath("/family");
    return {
      ok: true,
      message: "Calendar address made. Copy it now: it will not be shown again.",
      data: { url: `${base}${feed.token}.ics` },
    };
  },
});

export const revokeFeedAction = validatedAction({
  schema: feedIdSchema,
  authorize: requireParent,
  async run({ feedId }, session) {
    await revokeFeed(session.familyId, feedId);
    logSecurityEvent("calendar_feed_revoked", { familyId: session.familyId, feedId });
    revalidatePath("/family");
    return { ok: true, message: "Revoked. That address shows nothing any more." };
  },
});
