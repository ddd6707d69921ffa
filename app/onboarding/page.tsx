import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AddKidForm } from "@/components/family/add-kid-form";
import { Avatar } from "@/components/family/avatar";
import { buttonClasses } from "@/components/ui/button";
import { FamilySettingsForm } from "@/components/family/family-settings-form";
import { userPage } from "@/lib/auth/session";
import { createFamilyAction } from "@/lib/families/actions";
import { listMembers } from "@/lib/families/queries";
import { timeZones } from "@/lib/families/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("onboarding");
  return { title: t("metaTitle") };
}

function Step({
  number,
  title,
  children,
}: {
  number: number;
  title: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("onboarding");
  return (
    <section
      aria-labelledby={`step-${number}`}
      className="rounded-3xl bg-white p-6 shadow-xl ring-1 ring-black/5 sm:p-8"
    >
      <p className="text-sm font-bold uppercase tracking-wide text-leaf-700">
        {t("step", { number, count: 2 })}
      </p>
      <h1 id={`step-${number}`} className="mt-1 text-3xl font-extrabold tracking-tight">
        {title}
      </h1>
      <div className="mt-6">{children}</div>
    </section>
  );
}

/** The app's mark above the steps: a new family knows where it is (issue 17). */
function Brand() {
  const t = useTranslations("layout");
  return (
    <p className="flex items-center gap-3 text-xl font-extrabold tracking-tight">
      {/* eslint-disable-next-line @next/next/no-img-element -- the app's own small SVG icon */}
      <img src="/icon.svg" alt="" width={40} height={40} className="size-10" />
      {t("appName")}
    </p>
  );
}

export default async function OnboardingPage() {
  const session = await userPage("/onboarding");
  const t = await getTranslations("onboarding");
  if (!session.familyId) {
    return (
      <main className="mx-auto flex max-w-xl flex-col gap-6 px-5 py-10">
        <Brand />
        <Step number={1} title={t("familyTitle")}>
          <FamilySettingsForm
            action={createFamilyAction}
            timeZones={timeZones()}
            submitLabel={t("continue")}
          />
        </Step>
      </main>
    );
  }
  const kids = (await listMembers(session.familyId)).filter((m) => m.role === "CHILD");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-6 px-5 py-10">
      <Brand />
      <Step number={2} title={t("kidsTitle")}>
        {kids.length > 0 && (
          <ul aria-label={t("kidsAdded")} className="mb-6 flex flex-wrap gap-3">
            {kids.map((kid) => (
              <li
                key={kid.id}
                className="flex items-center gap-2 rounded-full bg-sun-100 py-1 ps-1 pe-4 font-semibold"
              >
                <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
                {kid.displayName}
                {kid.hasPin && <span className="text-sm text-ink-700">{t("pin")}</span>}
              </li>
            ))}
          </ul>
        )}
        <AddKidForm kids={kids} primary={kids.length === 0} />
      </Step>
      {/* One main action at a time: adding the first kid, then going on (issue 17). */}
      <Link
        href="/dashboard"
        className={`self-end ${buttonClasses(kids.length > 0 ? "primary" : "quiet")}`}
      >
        {kids.length > 0 ? t("done") : t("skip")}
      </Link>
    </main>
  );
}
