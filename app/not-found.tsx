import { useTranslations } from "next-intl";
import Link from "next/link";

export default function NotFound() {
  const t = useTranslations("layout.notFound");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 px-5 py-10 text-center">
      <p className="text-6xl" aria-hidden>
        🧭
      </p>
      <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
      <p className="text-lg text-ink-700">{t("text")}</p>
      <Link
        href="/"
        className="self-center rounded-full bg-white px-6 py-3 text-lg font-bold shadow ring-1 ring-black/10"
      >
        {t("home")}
      </Link>
    </main>
  );
}
