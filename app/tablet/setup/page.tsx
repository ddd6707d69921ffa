import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTabletSession } from "@/lib/tablet/session";

export default async function TabletSetupPage() {
  if (await getTabletSession()) redirect("/tablet");
  const t = await getTranslations("tabletAdmin.setup");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-5 rounded-3xl bg-white p-8 text-center shadow-xl">
      <p className="text-6xl" aria-hidden>
        📱
      </p>
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      <p className="text-lg text-ink-700">{t("intro")}</p>
      <Link
        href="/login?next=/family"
        className="self-center rounded-full bg-leaf-700 px-6 py-3 text-lg font-bold text-white"
      >
        {t("signIn")}
      </Link>
    </main>
  );
}
