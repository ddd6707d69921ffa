// The family tablet's device session: its own long-lived cookie, scoped to one family, separate
// from parents' sessions. A tablet can read kids' days and check items; it is refused by every
// parent page and action (lib/auth/session.ts asks isFamilyTablet()).
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { readPayload, signPayload } from "@/lib/auth/signed-payload";
import { authSecret } from "@/lib/auth/next-auth";
import { ForbiddenError } from "@/lib/errors";
import { findActiveTablet, findTabletKid } from "@/lib/tablet/queries";
import { KID_PASS_MS } from "@/lib/tablet/rules";

export const TABLET_COOKIE = "family-tablet";
export const KID_PASS_COOKIE = "family-tablet-kid";
const KID_PASS = "kid-pass";

export type TabletSession = {
  deviceId: string;
  familyId: string;
  name: string;
  timeZone: string;
  dayStartMinute: number;
};

// Secure whenever the request came over HTTPS (directly or through the TLS proxy).
const cookieOptions = async (maxAgeSeconds: number) => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: (await headers()).get("x-forwarded-proto") === "https",
  path: "/",
  maxAge: maxAgeSeconds,
});

/** Is this request from a device in tablet mode? (Cookie presence is enough to refuse parents.) */
export async function isFamilyTablet(): Promise<boolean> {
  return (await cookies()).has(TABLET_COOKIE);
}

export const getTabletSession = cache(async (): Promise<TabletSession | null> => {
  const token = (await cookies()).get(TABLET_COOKIE)?.value;
  if (!token) return null;
  const device = await findActiveTablet(token);
  return device
    ? { deviceId: device.id, familyId: device.familyId, name: device.name, ...device.family }
    : null;
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
  const jar = await cookies();
  jar.delete(TABLET_COOKIE);
  jar.delete(KID_PASS_COOKIE);
}

/** After a right PIN: this kid may use this tablet for a while. */
export async function grantKidPass(session: TabletSession, kidId: string) {
  const pass = signPayload(
    KID_PASS,
    { kidId, deviceId: session.deviceId, expiresAt: Date.now() + KID_PASS_MS },
    authSecret(),
  );
  (await cookies()).set(KID_PASS_COOKIE, pass, await cookieOptions(KID_PASS_MS / 1000));
}

export async function hasKidPass(session: TabletSession, kidId: string): Promise<boolean> {
  const pass = (await cookies()).get(KID_PASS_COOKIE)?.value;
  const data = pass
    ? readPayload<{ kidId: string; deviceId: string; expiresAt: number }>(
        KID_PASS,
        pass,
        authSecret(),
      )
    : null;
  return data?.kidId === kidId && data.deviceId === session.deviceId;
}

/** The tablet acting for one kid: the kid is of the tablet's family, and unlocked if they have a PIN. */
export async function requireKidOnTablet(kidId: string) {
  const session = await requireTablet();
  const kid = await findTabletKid(session.familyId, kidId);
  if (kid.hasPin && !(await hasKidPass(session, kidId)))
    throw new ForbiddenError("Tap your face and enter your PIN first.");
  return { ...session, kid };
}
