import { z } from "zod";
import { emoji } from "@/lib/routines/schemas";

const uuid = z.uuid("Not a valid id.");

export const rewardSchema = z.strictObject({
  name: z
    .string({ error: "Name the reward." })
    .trim()
    .min(1, "Name the reward, e.g. “Ice cream”.")
    .max(60, "Use at most 60 characters."),
  emoji,
  cost: z.coerce
    .number({ error: "Enter the points it costs." })
    .int("Use whole points.")
    .min(1, "It costs at least 1 point.")
    .max(100_000, "Use at most 100000 points."),
});

export const rewardIdSchema = z.strictObject({ rewardId: uuid });
export const requestIdSchema = z.strictObject({ requestId: uuid });
export const askSchema = z.strictObject({ kidId: uuid, rewardId: uuid });
