// What the Account page's notification forms send (issue 19).
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { subscriptionSchema } from "@/lib/push/rules";
import { parseClock } from "@/lib/routines/rules";

const checkbox = z.literal("on").optional().transform(Boolean);
const time = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return null;
    const minute = parseClock(value);
    if (minute === null) {
      ctx.addIssue({ code: "custom", message: "Enter a time like 22:00." });
      return z.NEVER;
    }
    return minute;
  });

/** The browser's subscription as JSON (PushSubscription.toJSON()), and the page's language. */
export const turnOnSchema = z.strictObject({
  subscription: z
    .string()
    .max(4000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "This browser's answer could not be read." });
        return z.NEVER;
      }
    })
    .pipe(subscriptionSchema),
  locale: z.enum(LOCALES).catch("en"),
});

export const endpointSchema = z.strictObject({ endpoint: z.url().max(1000) });
export const deviceIdSchema = z.strictObject({ deviceId: z.uuid("Not a valid id.") });

/** Quiet hours are on with both ends, different; off, they are forgotten. */
export const prefsSchema = z
  .strictObject({
    rewardRequests: checkbox,
    routineReminders: checkbox,
    weeklySummary: checkbox,
    quiet: checkbox,
    quietStart: time,
    quietEnd: time,
  })
  .transform(({ quiet, quietStart, quietEnd, ...wishes }, ctx) => {
    if (!quiet) return { ...wishes, quietStart: null, quietEnd: null };
    if (quietStart === null || quietEnd === null || quietStart === quietEnd) {
      ctx.addIssue({
        code: "custom",
        path: ["quietEnd"],
        message: "Quiet hours need a start and a different end.",
      });
      return z.NEVER;
    }
    return { ...wishes, quietStart, quietEnd };
  });
