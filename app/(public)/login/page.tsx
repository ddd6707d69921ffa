import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { AuthCard } from "@/components/layout/auth-card";
import { getSession } from "@/lib/auth/session";
import { nextPath } from "@/lib/auth/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("metaTitle") };
}

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const next = nextPath.parse((await searchParams).next);
  if (await getSession()) redirect(next ?? "/dashboard");
  const t = await getTranslations("auth.signIn");
  return (
    <AuthCard title={t("title")} intro={t("intro")}>
      <SignInForm next={next} />
    </AuthCard>
  );
}
