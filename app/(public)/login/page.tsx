import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { AuthCard } from "@/components/layout/auth-card";
import { getSession } from "@/lib/auth/session";
import { nextPath } from "@/lib/auth/schemas";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const next = nextPath.parse((await searchParams).next);
  if (await getSession()) redirect(next ?? "/dashboard");
  return (
    <AuthCard title="Welcome back" intro="Sign in to plan your family's routines.">
      <SignInForm next={next} />
    </AuthCard>
  );
}
