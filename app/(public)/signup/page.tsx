import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { AuthCard } from "@/components/layout/auth-card";
import { getSession } from "@/lib/auth/session";
import { nextPath } from "@/lib/auth/schemas";

export const metadata: Metadata = { title: "Create your family" };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const next = nextPath.parse((await searchParams).next);
  if (await getSession()) redirect(next ?? "/dashboard");
  return (
    <AuthCard
      title="Create your account"
      intro="Then name your family and add your kids. It takes two minutes."
    >
      <SignUpForm next={next} />
    </AuthCard>
  );
}
