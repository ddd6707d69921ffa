import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import {
  ChangeEmailForm,
  ChangeLocaleForm,
  ChangeNameForm,
  ChangePasswordForm,
} from "@/components/account/account-forms";
import { Panel } from "@/components/layout/panel";
import { parentPage } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("page.title") };
}

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const session = await parentPage("/account");
  const changed = (await searchParams).changed === "password";
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("page.heading")} />
      {changed && (
        <p role="status" className="rounded-xl bg-green-100 px-4 py-3 font-semibold text-green-900">
          {t("page.passwordChanged")}
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Panel id="name-heading" title={t("name.title")}>
          <ChangeNameForm name={session.name} />
        </Panel>
        <Panel id="email-heading" title={t("email.title")}>
          <ChangeEmailForm email={session.email} />
        </Panel>
        <Panel id="password-heading" title={t("password.title")}>
          <ChangePasswordForm />
        </Panel>
        <Panel id="language-heading" title={t("language.title")}>
          <ChangeLocaleForm locale={session.locale} />
        </Panel>
      </div>
    </>
  );
}
