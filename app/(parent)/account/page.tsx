import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import {
  ChangeEmailForm,
  ChangeNameForm,
  ChangePasswordForm,
} from "@/components/account/account-forms";
import { Panel } from "@/components/layout/panel";
import { parentPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const session = await parentPage("/account");
  const changed = (await searchParams).changed === "password";
  return (
    <>
      <PageHeader title="Your account" />
      {changed && (
        <p role="status" className="rounded-xl bg-green-100 px-4 py-3 font-semibold text-green-900">
          Password changed. Other devices are signed out.
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="name-heading" title="Name">
          <ChangeNameForm name={session.name} />
        </Panel>
        <Panel id="email-heading" title="Email">
          <ChangeEmailForm email={session.email} />
        </Panel>
        <Panel id="password-heading" title="Password">
          <ChangePasswordForm />
        </Panel>
      </div>
    </>
  );
}
