import { z } from "zod";
import { emoji } from "@/lib/routines/schemas";
import { visibleName } from "@/lib/validation/text";

const uuid = z.uuid("Not a valid id.");

export const rewardSchema = z.strictObject({
  name: visibleName({ required: "Name the reward, e.g. “Ice cream”.", max: 60 }),
  emoji,
  cost: z.coerce
    .number({ error: "Enter the stars it costs." })
    .int("Use whole stars.")
    .min(1, "It costs at least 1 star.")
    .max(100_000, "Use at most 100000 stars."),
});

export const rewardIdSchema = z.strictObject({ rewardId: uuid });
/** A photo for the reward (an uploaded PHOTO), or "" to remove it. */
export const rewardPhotoSchema = z.strictObject({
  rewardId: uuid,
  photoId: uuid.or(z.literal("").transform(() => null)),
});
export const requestIdSchema = z.strictObject({ requestId: uuid });
