import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { JoinFamilyForm } from "@/components/family/join-family-form";
import { AuthCard } from "@/components/layout/auth-card";
import { getSession } from "@/lib/auth/session";
import { findPendingInvite } from "@/lib/families/invites";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("family");
  return { title: t("invite.title"), referrer: "no-referrer" };
}

const link = "inline-block rounded-full px-6 py-3 text-lg font-bold shadow";

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const [invite, t] = await Promise.all([
    findPendingInvite(token),
    getTranslations("family.invite"),
  ]);
  if (!invite || invite.status !== "pending") {
    return (
      <AuthCard title={t("deadTitle")} intro={t("deadIntro")}>
        <Link href="/" className={`${link} bg-white ring-1 ring-black/10`}>
          {t("home")}
        </Link>
      </AuthCard>
    );
  }
  const session = await getSession();
  const here = `/invite/${token}`;
  return (
    <AuthCard
      title={t("join", { family: invite.familyName })}
      intro={t("intro", { name: invite.invitedBy })}
    >
      {!session ? (
        <div className="flex flex-wrap gap-3">
          <Link
            href={`/signup?next=${encodeURIComponent(here)}`}
            className={`${link} bg-leaf-700 text-white`}
          >
            {t("signUp")}
          </Link>
          <Link
            href={`/login?next=${encodeURIComponent(here)}`}
            className={`${link} bg-white ring-1 ring-black/10`}
          >
            {t("signIn")}
          </Link>
        </div>
      ) : session.familyId ? (
        <p role="alert" className="rounded-xl bg-red-100 px-4 py-3 font-semibold text-red-900">
          {t("alreadyInFamily")}
        </p>
      ) : (
        <JoinFamilyForm token={token} familyName={invite.familyName} />
      )}
    </AuthCard>
  );
}
