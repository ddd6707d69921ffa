import { z } from "zod";
import { TOKEN_EXPIRY_DAYS } from "@/lib/api-tokens/rules";
import { visibleName } from "@/lib/validation/text";

export const createTokenSchema = z.strictObject({
  name: visibleName({ required: "Give the token a name, e.g. “Home Assistant”.", max: 60 }),
  scope: z.enum(["READ", "READ_WRITE"], { error: "Pick what the token may do." }),
  expiresInDays: z
    .enum(["never", ...TOKEN_EXPIRY_DAYS.map(String)] as [string, ...string[]], {
      error: "Pick when the token expires.",
    })
    .transform((value) => (value === "never" ? null : Number(value))),
});

export const tokenIdSchema = z.strictObject({ tokenId: z.uuid("Not a valid id.") });
