import { getTranslations } from "next-intl/server";
import { ExitTabletForm } from "@/components/tablet/exit-tablet-form";
import { tabletPage } from "@/lib/tablet/session";

export default async function ExitTabletPage() {
  await tabletPage();
  const t = await getTranslations("tabletAdmin.exit");
  return (
    <main className="mx-auto flex max-w-md flex-col gap-5 rounded-3xl bg-white p-8 shadow-xl">
      <h1 className="text-3xl font-extrabold">{t("title")}</h1>
      <p className="text-ink-700">{t("intro")}</p>
      <ExitTabletForm />
    </main>
  );
}
