import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import {
  ChangeEmailForm,
  ChangeLocaleForm,
  ChangeNameForm,
  ChangePasswordForm,
} from "@/components/account/account-forms";
import { NotificationPrefsForm } from "@/components/account/notification-prefs-form";
import { NotificationsPanel } from "@/components/account/notifications-panel";
import { Panel } from "@/components/layout/panel";
import { parentPage } from "@/lib/auth/session";
import { getFamily } from "@/lib/families/queries";
import { getPrefs, listDevices, vapidKeys, vapidSubject } from "@/lib/push/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("page.title") };
}

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const session = await parentPage("/account");
  const changed = (await searchParams).changed === "password";
  const t = await getTranslations("account");
  const [family, devices, prefs, publicKey] = await Promise.all([
    getFamily(session.familyId),
    listDevices(session.familyId, session.memberId),
    getPrefs(session.familyId, session.memberId),
    // Push is off without a contact for the push services (VAPID_SUBJECT): no key, no button.
    vapidSubject() ? vapidKeys().then((keys) => keys.publicKey) : Promise.resolve(null),
  ]);
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
        <Panel id="notifications-heading" title={t("notifications.title")}>
          <NotificationsPanel
            publicKey={publicKey}
            devices={devices}
            timeZone={family.timeZone}
            clock={family.clock}
          />
        </Panel>
        <Panel id="notify-what-heading" title={t("notifications.prefsTitle")}>
          <NotificationPrefsForm prefs={prefs} clock={family.clock} />
        </Panel>
      </div>
    </>
  );
}
