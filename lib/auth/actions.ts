"use server";
// Sign-up, sign-in, sign-out and account settings. Every password check in the app is here.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { validatedAction } from "@/lib/actions/validated-action";
import { clientAddress } from "@/lib/auth/client-address";
import { issueLoginTicket } from "@/lib/auth/login-ticket";
import { authSecret, signIn, signOut } from "@/lib/auth/next-auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  bumpSessionVersion,
  clearLoginFailures,
  createUser,
  findCredentials,
  findPasswordHash,
  loginThrottle,
  recordLoginFailure,
  throttleKey,
  updateUserEmail,
  updateUserName,
} from "@/lib/auth/queries";
import { minutesToWait } from "@/lib/auth/rules";
import {
  changeEmailSchema,
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

// An unknown email still costs one argon2 verification, so timing does not tell which emails exist.
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

const WRONG_CREDENTIALS = "That email and password do not match. Check them and try again.";

function tooManyAttempts(retryAfterSeconds: number) {
  const minutes = minutesToWait(retryAfterSeconds);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

async function startSession(userId: string, sessionVersion: number, redirectTo: string) {
  const ticket = issueLoginTicket(userId, sessionVersion, authSecret());
  await signIn("ticket", { ticket, redirectTo });
}

export const signUpAction = validatedAction({
  schema: signUpSchema,
  authorize: noSession,
  async run(input) {
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
    const key = throttleKey(input.email, address);
    const throttle = await loginThrottle(key);
    if (throttle.blocked) {
      logSecurityEvent("login_blocked", { address });
      return {
        ok: false,
        message: tooManyAttempts(throttle.retryAfterSeconds),
        values: { email: input.email },
      };
    }
    const user = await findCredentials(input.email);
    const valid = await verifyPassword(
      user?.passwordHash ?? (await unknownUserHash()),
      input.password,
    );
    if (!user || !valid) {
      const after = await recordLoginFailure(key);
      logSecurityEvent("login_failed", { address, knownAccount: Boolean(user) });
      const message = after.blocked ? tooManyAttempts(after.retryAfterSeconds) : WRONG_CREDENTIALS;
      return { ok: false, message, values: { email: input.email } };
    }
    await clearLoginFailures(key);
    logSecurityEvent("login", { userId: user.id, address });
    await startSession(user.id, user.sessionVersion, input.next ?? "/dashboard");
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

async function confirmPassword(userId: string, password: string, field: string) {
  const hash = await findPasswordHash(userId);
  if (!hash || !(await verifyPassword(hash, password))) {
    logSecurityEvent("password_confirmation_failed", { userId });
    throw new DomainError("That password is not right.", {
      [field]: ["That password is not right."],
    });
  }
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
