// The one session helper. Every page, action and handler calls one of these; the proxy's redirect
// is only a convenience. A session is valid only while its version matches the user's, so logout
// and password changes end every copy of a cookie.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { auth } from "@/lib/auth/next-auth";
import { findSessionUser } from "@/lib/auth/queries";
import { isFamilyTablet } from "@/lib/auth/tablet-cookie";
import { ForbiddenError, NotSignedInError } from "@/lib/errors";

export type Session = {
  userId: string;
  name: string;
  email: string;
  sessionVersion: number;
  /** The chosen UI language, or null to follow the browser. */
  locale: string | null;
  familyId: string | null;
  memberId: string | null;
  role: "PARENT" | "CHILD" | null;
};

export type ParentSession = Session & { familyId: string; memberId: string; role: "PARENT" };

const cookieClaims = z.object({ userId: z.uuid(), sv: z.number().int() });

/** The signed-in parent for this request, or null. Cached per request: one lookup per render. */
export const getSession = cache(async (): Promise<Session | null> => {
  const claims = cookieClaims.safeParse(await auth());
  if (!claims.success) return null;
  const user = await findSessionUser(claims.data.userId);
  if (!user || user.sessionVersion !== claims.data.sv) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    sessionVersion: user.sessionVersion,
    locale: user.locale,
    familyId: user.membership?.familyId ?? null,
    memberId: user.membership?.memberId ?? null,
    role: user.membership?.role ?? null,
  };
});

/** Any signed-in user, with or without a family (sign-up → onboarding). */
export async function requireUser(): Promise<Session> {
  const session = await getSession();
  if (!session) throw new NotSignedInError();
  return session;
}

/** A parent of a family. Data functions take `familyId` from here, never from input. */
export async function requireParent(): Promise<ParentSession> {
  // The family tablet never acts as a parent, even if a parent cookie lingers on the device.
  if (await isFamilyTablet())
    throw new ForbiddenError("The family tablet cannot do this. Ask a parent.");
  const session = await requireUser();
  if (session.role !== "PARENT" || !session.familyId || !session.memberId) {
    throw new ForbiddenError("Only a parent of this family can do that.");
  }
  return session as ParentSession;
}

/**
 * Anyone acting for a family member: for now a parent's session. The family tablet's device
 * session (kids checking items) joins here; parent-only actions keep using requireParent().
 */
export async function requireFamilyMember(): Promise<{
  familyId: string;
  memberId: string;
  role: "PARENT" | "CHILD";
}> {
  const session = await requireParent();
  return { familyId: session.familyId, memberId: session.memberId, role: session.role };
}

/** Pages: the same checks, answered with redirects a person can follow. */
export async function parentPage(next?: string): Promise<ParentSession> {
  if (await isFamilyTablet()) redirect("/tablet");
  const session = await getSession();
  if (!session) redirect(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  if (!session.familyId) redirect("/onboarding");
  if (session.role !== "PARENT") redirect("/");
  return session as ParentSession;
}

export async function userPage(next?: string): Promise<Session> {
  const session = await getSession();
  if (!session) redirect(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  return session;
}
