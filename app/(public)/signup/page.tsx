import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { AuthCard } from "@/components/layout/auth-card";
import { getSession } from "@/lib/auth/session";
import { nextPath } from "@/lib/auth/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("metaTitle") };
}

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const next = nextPath.parse((await searchParams).next);
  if (await getSession()) redirect(next ?? "/dashboard");
  const t = await getTranslations("auth.signUp");
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <SignUpForm next={next} />
    </AuthCard>
  );
}
