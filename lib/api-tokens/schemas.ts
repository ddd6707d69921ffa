import { z } from "zod";
import { TOKEN_EXPIRY_DAYS } from "@/lib/api-tokens/rules";

export const createTokenSchema = z.strictObject({
  name: z
    .string({ error: "Give the token a name." })
    .trim()
    .min(1, "Give the token a name, e.g. “Home Assistant”.")
    .max(60, "Use at most 60 characters."),
  scope: z.enum(["READ", "READ_WRITE"], { error: "Pick what the token may do." }),
  expiresInDays: z
    .enum(["never", ...TOKEN_EXPIRY_DAYS.map(String)] as [string, ...string[]], {
      error: "Pick when the token expires.",
    })
    .transform((value) => (value === "never" ? null : Number(value))),
});

export const tokenIdSchema = z.strictObject({ tokenId: z.uuid("Not a valid id.") });
