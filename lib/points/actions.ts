"use server";
// Rewards: parents define them and answer requests (requireParent refuses the tablet). Kids ask
// on the tablet through its queue (POST /tablet/sync, lib/tablet/sync.ts).
import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { approveRequest, createReward, denyRequest, setRewardActive } from "@/lib/points/rewards";
import { setPhotoOf } from "@/lib/media/queries";
import { sentence } from "@/lib/i18n/sentence";
import {
  requestIdSchema,
  rewardIdSchema,
  rewardPhotoSchema,
  rewardSchema,
} from "@/lib/points/schemas";

const refresh = () => {
  revalidatePath("/dashboard");
  revalidatePath("/rewards");
};

export const setRewardPhotoAction = validatedAction({
  schema: rewardPhotoSchema,
  authorize: requireParent,
  async run({ rewardId, photoId }, session) {
    await setPhotoOf("reward", session.familyId, rewardId, photoId);
    refresh();
    return { ok: true, message: photoId ? "Photo saved." : "Photo removed." };
  },
});

export const createRewardAction = validatedAction({
  schema: rewardSchema,
  authorize: requireParent,
  async run(input, session) {
    await createReward(session.familyId, input);
    refresh();
    return {
      ok: true,
      message: sentence("Added “{reward}”. Kids see it on the tablet.", { reward: input.name }),
    };
  },
});

export const retireRewardAction = validatedAction({
  schema: rewardIdSchema,
  authorize: requireParent,
  async run({ rewardId }, session) {
    await setRewardActive(session.familyId, rewardId, false);
    refresh();
    return { ok: true, message: "Hidden from the tablet." };
  },
});

export const offerRewardAction = validatedAction({
  schema: rewardIdSchema,
  authorize: requireParent,
  async run({ rewardId }, session) {
    await setRewardActive(session.familyId, rewardId, true);
    refresh();
    return { ok: true, message: "Offered again." };
  },
});

export const approveRequestAction = validatedAction({
  schema: requestIdSchema,
  authorize: requireParent,
  async run({ requestId }, session) {
    await approveRequest(session.familyId, requestId, session.memberId);
    refresh();
    return { ok: true, message: "Approved. The stars are spent." };
  },
});

export const denyRequestAction = validatedAction({
  schema: requestIdSchema,
  authorize: requireParent,
  async run({ requestId }, session) {
    await denyRequest(session.familyId, requestId, session.memberId);
    refresh();
    return { ok: true, message: "Not this time." };
  },
});
