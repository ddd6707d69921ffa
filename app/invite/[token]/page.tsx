import type { Metadata } from "next";
import Link from "next/link";
import { JoinFamilyForm } from "@/components/family/join-family-form";
import { AuthCard } from "@/components/layout/auth-card";
import { getSession } from "@/lib/auth/session";
import { findPendingInvite } from "@/lib/families/queries";

export const metadata: Metadata = { title: "Join a family", referrer: "no-referrer" };

const link = "inline-block rounded-full px-6 py-3 text-lg font-bold shadow";

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const invite = await findPendingInvite(token);
  if (!invite || invite.status !== "pending") {
    return (
      <AuthCard
        title="This link does not work any more"
        intro="It was already used, revoked, or it has expired. Ask for a new invitation."
      >
        <Link href="/" className={`${link} bg-white ring-1 ring-black/10`}>
          Home
        </Link>
      </AuthCard>
    );
  }
  const session = await getSession();
  const here = `/invite/${token}`;
  return (
    <AuthCard
      title={`Join ${invite.familyName}`}
      intro={`${invite.invitedBy} invited you to plan the family's routines together.`}
    >
      {!session ? (
        <div className="flex flex-wrap gap-3">
          <Link
            href={`/signup?next=${encodeURIComponent(here)}`}
            className={`${link} bg-leaf-700 text-white`}
          >
            Create an account
          </Link>
          <Link
            href={`/login?next=${encodeURIComponent(here)}`}
            className={`${link} bg-white ring-1 ring-black/10`}
          >
            Sign in
          </Link>
        </div>
      ) : session.familyId ? (
        <p role="alert" className="rounded-xl bg-red-100 px-4 py-3 font-semibold text-red-900">
          You already belong to a family, so you cannot join another one with this account.
        </p>
      ) : (
        <JoinFamilyForm token={token} familyName={invite.familyName} />
      )}
    </AuthCard>
  );
}
