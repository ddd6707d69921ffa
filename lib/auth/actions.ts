"use server";
// Sign-up, sign-in, sign-out and account settings. Every password check in the app is here.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { validatedAction } from "@/lib/actions/validated-action";
import { clientAddress } from "@/lib/auth/client-address";
import { issueLoginTicket } from "@/lib/auth/login-ticket";
import { authSecret, signIn, signOut } from "@/lib/auth/next-auth";
import { checkPasswordConfirmation, checkSignIn, reserveSignUp } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import {
  bumpSessionVersion,
  createUser,
  updateUserEmail,
  updateUserLocale,
  updateUserName,
} from "@/lib/auth/queries";
import { tooManyAttempts } from "@/lib/auth/rules";
import {
  changeEmailSchema,
  changeLocaleSchema,
  changeNameSchema,
  changePasswordSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/schemas";
import { getSession, requireUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { logSecurityEvent } from "@/lib/security-log";

const noSession = async () => null;

const WRONG_CREDENTIALS = "That email and password do not match. Check them and try again.";

/** What the sign-up form shows again after a refusal: never the password. */
const echoSignUp = (input: { name: string; email: string }) => ({
  name: input.name,
  email: input.email,
});

async function startSession(userId: string, sessionVersion: number, redirectTo: string) {
  const ticket = issueLoginTicket(userId, sessionVersion, authSecret());
  await signIn("ticket", { ticket, redirectTo });
}

export const signUpAction = validatedAction({
  schema: signUpSchema,
  authorize: noSession,
  async run(input) {
    const address = clientAddress(await headers());
    const waitSeconds = await reserveSignUp(address);
    if (waitSeconds !== null) {
      logSecurityEvent("signup_blocked", { address });
      return { ok: false, message: tooManyAttempts(waitSeconds), values: echoSignUp(input) };
    }
    const user = await createUser({
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
    }).catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new DomainError("An account with this email already exists.", {
          email: ["An account with this email already exists. Sign in instead?"],
        });
      }
      throw error;
    });
    logSecurityEvent("signup", { userId: user.id });
    await startSession(user.id, user.sessionVersion, input.next ?? "/onboarding");
  },
});

export const signInAction = validatedAction({
  schema: signInSchema,
  authorize: noSession,
  async run(input) {
    const address = clientAddress(await headers());
    const result = await checkSignIn(input.email, input.password, address);
    if (!result.ok) {
      logSecurityEvent(result.blocked ? "login_blocked" : "login_failed", { address });
      const message = result.blocked
        ? tooManyAttempts(result.retryAfterSeconds)
        : WRONG_CREDENTIALS;
      return { ok: false, message, values: { email: input.email } };
    }
    const { userId, sessionVersion } = result.value;
    logSecurityEvent("login", { userId, address });
    await startSession(userId, sessionVersion, input.next ?? "/dashboard");
  },
});

/** Signing out ends every session of this account, on every device. */
export async function signOutAction() {
  const session = await getSession();
  if (session) {
    await bumpSessionVersion(session.userId);
    logSecurityEvent("logout", { userId: session.userId });
  }
  await signOut({ redirectTo: "/login" });
}

export const changeNameAction = validatedAction({
  schema: changeNameSchema,
  authorize: requireUser,
  async run(input, session) {
    await updateUserName(session.userId, input.name);
    revalidatePath("/", "layout");
    return { ok: true, message: "Your name is saved." };
  },
});

/** The parent's UI language (issue 18); null follows the browser's. Every page redraws in it. */
export const changeLocaleAction = validatedAction({
  schema: changeLocaleSchema,
  authorize: requireUser,
  async run(input, session) {
    await updateUserLocale(session.userId, input.locale);
    revalidatePath("/", "layout");
    return { ok: true, message: "Your language is saved." };
  },
});

/** Changing the email or password needs the current one, within its attempt limit. */
async function confirmPassword(userId: string, password: string, field: string) {
  const result = await checkPasswordConfirmation(userId, password);
  if (result.ok) return;
  logSecurityEvent("password_confirmation_failed", { userId, blocked: result.blocked });
  const message = result.blocked
    ? tooManyAttempts(result.retryAfterSeconds)
    : "That password is not right.";
  throw new DomainError(message, { [field]: [message] });
}

export const changeEmailAction = validatedAction({
  schema: changeEmailSchema,
  authorize: requireUser,
  async run(input, session) {
    await confirmPassword(session.userId, input.password, "password");
    await updateUserEmail(session.userId, input.email).catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new DomainError("Another account uses this email.", {
          email: ["Another account uses this email."],
        });
      }
      throw error;
    });
    revalidatePath("/account");
    return { ok: true, message: "Your email is changed. Use it the next time you sign in." };
  },
});

export const changePasswordAction = validatedAction({
  schema: changePasswordSchema,
  authorize: requireUser,
  async run(input, session) {
    await confirmPassword(session.userId, input.currentPassword, "currentPassword");
    const version = await bumpSessionVersion(session.userId, await hashPassword(input.newPassword));
    logSecurityEvent("password_changed", { userId: session.userId });
    // Every other session ends with the version bump; this one continues with a fresh cookie.
    await startSession(session.userId, version, "/account?changed=password");
  },
});
