import type { Metadata } from "next";
import {
  ChangeEmailForm,
  ChangeNameForm,
  ChangePasswordForm,
} from "@/components/account/account-forms";
import { parentPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account" };

const card = "rounded-3xl bg-white p-6 shadow ring-1 ring-black/5";

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const session = await parentPage("/account");
  const changed = (await searchParams).changed === "password";
  return (
    <>
      <h1 className="text-3xl font-extrabold tracking-tight">Your account</h1>
      {changed && (
        <p role="status" className="rounded-xl bg-green-100 px-4 py-3 font-semibold text-green-900">
          Password changed. Other devices are signed out.
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="name-heading" className={card}>
          <h2 id="name-heading" className="mb-4 text-xl font-bold">
            Name
          </h2>
          <ChangeNameForm name={session.name} />
        </section>
        <section aria-labelledby="email-heading" className={card}>
          <h2 id="email-heading" className="mb-4 text-xl font-bold">
            Email
          </h2>
          <ChangeEmailForm email={session.email} />
        </section>
        <section aria-labelledby="password-heading" className={card}>
          <h2 id="password-heading" className="mb-4 text-xl font-bold">
            Password
          </h2>
          <ChangePasswordForm />
        </section>
      </div>
    </>
  );
}
