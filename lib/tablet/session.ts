// The family tablet's device session: its own long-lived cookie, scoped to one family, separate
// from parents' sessions. A tablet can read kids' days and check items; it is refused by every
// parent page and action (lib/auth/session.ts asks isFamilyTablet(): lib/auth/tablet-cookie.ts).
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { TABLET_COOKIE } from "@/lib/auth/tablet-cookie";
import { env } from "@/lib/env";
import { ForbiddenError } from "@/lib/errors";
import {
  findActiveTablet,
  findTabletKid,
  grantKidPass as storeKidPass,
  renewKidPass,
} from "@/lib/tablet/queries";
import { KID_PASS_NEEDED, kidPassHolds, type KidPass } from "@/lib/tablet/rules";

export type TabletSession = {
  deviceId: string;
  familyId: string;
  name: string;
  timeZone: string;
  dayStartMinute: number;
  /** The kid this tablet is unlocked for, if any (lib/tablet/rules.ts kidPassHolds). */
  pass: KidPass;
};

/** A kid's pass lasts as long as the tablet waits before going back to the faces, from each tap. */
const passUntil = (now: Date) => new Date(now.getTime() + env().TABLET_IDLE_SECONDS * 1000);

// Secure whenever the request came over HTTPS (directly or through the TLS proxy).
const cookieOptions = async (maxAgeSeconds: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (await headers()).get("x-forwarded-proto") === "https",
  path: "/",
  maxAge: maxAgeSeconds,
});

export const getTabletSession = cache(async (): Promise<TabletSession | null> => {
  const token = (await cookies()).get(TABLET_COOKIE)?.value;
  if (!token) return null;
  const device = await findActiveTablet(token);
  if (!device) return null;
  const { id, familyId, name, family, kidPassKidId, kidPassPinVersion, kidPassUntil } = device;
  return {
    deviceId: id,
    familyId,
    name,
    ...family,
    pass: { kidPassKidId, kidPassPinVersion, kidPassUntil },
  };
});

export async function tabletPage(): Promise<TabletSession> {
  const session = await getTabletSession();
  if (!session) redirect("/tablet/setup");
  return session;
}

export async function requireTablet(): Promise<TabletSession> {
  const session = await getTabletSession();
  if (!session) throw new ForbiddenError("This device is not the family tablet.");
  return session;
}

export async function startTabletSession(token: string) {
  (await cookies()).set(TABLET_COOKIE, token, await cookieOptions(400 * 24 * 60 * 60));
}

export async function endTabletSession() {
  (await cookies()).delete(TABLET_COOKIE);
}

/** After a right PIN: this tablet acts for this kid until the faces show again or it sits idle. */
export async function grantKidPass(
  session: TabletSession,
  kid: { id: string; pinVersion: number },
  now = new Date(),
) {
  await storeKidPass(session.familyId, session.deviceId, kid, passUntil(now));
}

type TabletKid = Awaited<ReturnType<typeof findTabletKid>>;

/** May this tablet show this kid's day and act for them? Kids without a PIN need no pass. */
export function mayActFor(session: TabletSession, kid: TabletKid, now = new Date()): boolean {
  return !kid.hasPin || kidPassHolds(session.pass, kid, now);
}

/**
 * The tablet acting for one kid: the kid is of the tablet's family and, if they have a PIN, the
 * tablet's pass holds for them; each such action renews the pass (the idle time is sliding).
 */
export async function requireKidOnTablet(kidId: string) {
  const session = await requireTablet();
  const kid = await findTabletKid(session.familyId, kidId);
  const now = new Date();
  if (!mayActFor(session, kid, now)) throw new ForbiddenError(KID_PASS_NEEDED);
  if (kid.hasPin) await renewKidPass(session.deviceId, kid.id, now, passUntil(now));
  return { ...session, kid };
}
