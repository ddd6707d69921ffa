// What the swap form and the API send (issue 21).
import { z } from "zod";
import { isLocalDate } from "@/lib/time/rules";

export const swapSchema = z.strictObject({
  routineId: z.uuid("Not a valid id."),
  date: z.string().refine(isLocalDate, "Pick a date."),
  // Empty: the day goes back to the rotation's rule.
  kidId: z.union([z.uuid("Pick a kid."), z.literal("")]).transform((id) => id || null),
});
