import { z } from "zod";

/** A yes/no query parameter: "true" or "false" (absent = false). Anything else is refused. */
export const booleanQuery = z
  .enum(["true", "false"])
  .default("false")
  .transform((value) => value === "true");
