"use server";
// The family tablet: enabling it (a parent, once per device), unlocking a kid, and leaving tablet
// mode (needs a parent's email and password). Taps (checks, undos, habit logs) go through the
// tablet's queue and POST /tablet/sync (lib/tablet/sync.ts), online or not.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction, type ActionState } from "@/lib/actions/validated-action";
import { signOut } from "@/lib/auth/next-auth";
import { checkTabletExit } from "@/lib/auth/credentials";
import { tooManyAttempts } from "@/lib/auth/rules";
import { email } from "@/lib/auth/schemas";
import { requireParent } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { logSecurityEvent } from "@/lib/security-log";
import { checkKidPin, enableTablet, endKidPass, revokeTablet } from "@/lib/tablet/queries";
import {
  endTabletSession,
  getTabletSession,
  grantKidPass,
  requireKidOnTablet,
  requireTablet,
  startTabletSession,
} from "@/lib/tablet/session";
import { visibleName } from "@/lib/validation/text";

const uuid = z.uuid();
const minutesUntil = (date: Date) => Math.max(1, Math.ceil((date.getTime() - Date.now()) / 60_000));

export const enableTabletAction = validatedAction({
  schema: z.strictObject({
    name: visibleName({ required: "Name this tablet.", max: 40 }),
  }),
  authorize: requireParent,
  async run({ name }, session) {
    const device = await enableTablet(session.familyId, session.memberId, name);
    logSecurityEvent("tablet_enabled", { familyId: session.familyId, deviceId: device.id });
    await startTabletSession(device.token);
    // This device is the kids' now: the parent's own session ends here (and only here).
    await signOut({ redirectTo: "/tablet" });
  },
});

export const revokeTabletAction = validatedAction({
  schema: z.strictObject({ deviceId: uuid }),
  authorize: requireParent,
  async run({ deviceId }, session) {
    await revokeTablet(session.familyId, deviceId);
    logSecurityEvent("tablet_revoked", { familyId: session.familyId, deviceId });
    revalidatePath("/family");
    return { ok: true, message: "That tablet is signed out." };
  },
});

export const unlockKidAction = validatedAction({
  schema: z.strictObject({ kidId: uuid, pin: z.string().regex(/^\d{4}$/, "Four numbers.") }),
  authorize: requireTablet,
  async run({ kidId, pin }, session) {
    const result = await checkKidPin(session.familyId, kidId, pin);
    if (!result.ok) {
      logSecurityEvent("kid_pin_failed", {
        familyId: session.familyId,
        kidId,
        locked: Boolean(result.lockedUntil),
      });
      const state: ActionState = result.lockedUntil
        ? {
            ok: false,
            message: "locked",
            data: { lockedMinutes: String(minutesUntil(result.lockedUntil)) },
          }
        : { ok: false, message: "wrong", data: { attemptsLeft: String(result.attemptsLeft) } };
      return state;
    }
    await grantKidPass(session, { id: kidId, pinVersion: result.pinVersion });
    // The pad refreshes the kid's page, and keeps a verifier of this PIN for when the network is
    // gone (lib/tablet/offline-pin.ts): it needs the PIN version the pass is for.
    return { ok: true, data: { pinVersion: String(result.pinVersion) } };
  },
});

/**
 * Back to the faces (the back button, the idle timer, or the faces screen itself): the pass ends
 * here, on the server, so the next kid cannot act as this one.
 */
export async function leaveKidAction(): Promise<void> {
  const session = await getTabletSession();
  if (session) await endKidPass(session.familyId, session.deviceId);
}

/** The kid is still busy on their page (taps that save nothing): keep their pass alive. */
export const stillHereAction = validatedAction({
  schema: z.strictObject({ kidId: uuid }),
  authorize: requireTablet,
  async run({ kidId }) {
    await requireKidOnTablet(kidId);
    return { ok: true };
  },
});

export const exitTabletAction = validatedAction({
  schema: z.strictObject({ email, password: z.string().min(1, "Enter the password.").max(128) }),
  authorize: requireTablet,
  async run(input, session) {
    // Limited like signing in: a kid cannot find a parent's password by trying at the tablet.
    const result = await checkTabletExit(input.email, input.password, session);
    if (!result.ok) {
      logSecurityEvent("tablet_exit_refused", {
        familyId: session.familyId,
        deviceId: session.deviceId,
        blocked: result.blocked,
      });
      if (result.blocked) throw new DomainError(tooManyAttempts(result.retryAfterSeconds));
      throw new DomainError(
        "Only a parent of this family can do that. Check the email and password.",
      );
    }
    await revokeTablet(session.familyId, session.deviceId);
    await endTabletSession();
    logSecurityEvent("tablet_exited", { familyId: session.familyId, deviceId: session.deviceId });
    redirect("/login");
  },
});
