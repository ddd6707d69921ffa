import { useTranslations } from "next-intl";
import Link from "next/link";

/** The centred card of the sign-in, sign-up and invitation pages. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("layout");
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-5 py-10">
      <Link href="/" className="text-xl font-extrabold tracking-tight">
        <span aria-hidden>🌅 </span>
        {t("appName")}
      </Link>
      <section className="rounded-3xl bg-white p-6 shadow-xl ring-1 ring-black/5 sm:p-8">
        <h1 className="text-3xl font-extrabold tracking-tight">{title}</h1>
        {intro && <p className="mt-2 text-ink-700">{intro}</p>}
        <div className="mt-6">{children}</div>
      </section>
    </main>
  );
}
