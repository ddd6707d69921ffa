import { z } from "zod";
import { PASSWORD_MAX, normaliseEmail, passwordProblem } from "@/lib/auth/rules";
import { LOCALES } from "@/lib/i18n/locales";
import { atMostCharacters, visibleName } from "@/lib/validation/text";

export const personName = visibleName({ required: "Enter a name.", max: 80 });

export const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform(normaliseEmail);

/** Only same-site paths: an open redirect after sign-in would be a phishing tool. */
export const nextPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/, "Invalid return address.")
  .optional()
  .catch(undefined);

const anyPassword = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX, String(atMostCharacters(PASSWORD_MAX)));

function newPassword(emailField?: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx, field: string) => {
    const password = value[field];
    if (typeof password !== "string") return;
    const problem = passwordProblem(password, {
      email: emailField ? String(value[emailField] ?? "") : undefined,
    });
    if (problem)
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: String(problem),
        // The sentence itself, so a page says the limit in its reader's words (flattenFieldErrors).
        params: { sentence: problem },
      });
  };
}

export const signUpSchema = z
  .strictObject({
    name: personName,
    email,
    password: z.string({ error: "Choose a password." }),
    next: nextPath,
  })
  .superRefine((value, ctx) => newPassword("email")(value, ctx, "password"));

export const signInSchema = z.strictObject({ email, password: anyPassword, next: nextPath });

export const changeNameSchema = z.strictObject({ name: personName });

/** The parent's UI language (issue 18): one of ours, or "" to follow the browser (stored as null). */
export const changeLocaleSchema = z.strictObject({
  locale: z
    .enum(["", ...LOCALES], { error: "Choose one of the languages in the list." })
    .transform((locale) => (locale === "" ? null : locale)),
});

export const changeEmailSchema = z.strictObject({ email, password: anyPassword });

export const changePasswordSchema = z
  .strictObject({
    currentPassword: anyPassword,
    newPassword: z.string({ error: "Choose a password." }),
  })
  .superRefine((value, ctx) => newPassword()(value, ctx, "newPassword"));
