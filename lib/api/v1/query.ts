// Input rules shared by the endpoints.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { BACKFILL_DAYS, isWithinBackfill } from "@/lib/time/rules";

/** A yes/no query parameter: "true" or "false" (absent = false). Anything else is refused. */
export const booleanQuery = z
  .enum(["true", "false"])
  .default("false")
  .transform((value) => value === "true");

/** Checks and logs may be recorded for today or up to BACKFILL_DAYS back: 422 otherwise. */
export function assertBackfill(date: string, today: string) {
  if (!isWithinBackfill(date, today))
    throw new ApiError(422, "invalid_input", "That date is not allowed.", {
      date: [`Use today (${today}) or up to ${BACKFILL_DAYS} days back.`],
    });
}
