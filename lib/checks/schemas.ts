import { z } from "zod";
import { isLocalDate } from "@/lib/time/rules";

/** A parent's correction of one item on one day: checked or not (issue 17). */
export const correctionSchema = z.strictObject({
  kidId: z.uuid(),
  itemId: z.uuid(),
  date: z.string().refine(isLocalDate, "Pick a day."),
  checked: z.enum(["true", "false"]).transform((value) => value === "true"),
});
