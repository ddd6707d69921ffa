import { z } from "zod";
import { EVENT_TYPES } from "@/lib/outbox/events";

export const webhookSchema = z.strictObject({
  url: z
    .string({ error: "Enter the address that receives the events." })
    .trim()
    .min(1, "Enter the address that receives the events.")
    .max(2000, "Use a shorter address."),
  // A checkbox group: one value arrives as a string, several as an array.
  events: z
    .union([z.enum(EVENT_TYPES), z.array(z.enum(EVENT_TYPES))], {
      error: "Pick at least one event.",
    })
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])]),
});

export const webhookIdSchema = z.strictObject({ webhookId: z.uuid("Not a valid id.") });
