import { useTranslations } from "next-intl";
import Link from "next/link";
import { RoutinePreview } from "@/components/landing/routine-preview";

// Each feature's emoji, and its key in the "landing" messages.
const features = [
  { emoji: "🧑‍🍳", key: "parents" },
  { emoji: "🧒", key: "kids" },
  { emoji: "🔥", key: "streaks" },
  { emoji: "🏠", key: "host" },
] as const;

export default function LandingPage() {
  const t = useTranslations("landing");
  const app = useTranslations("layout");
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-16 px-5 py-10 sm:px-8 sm:py-16">
      <header className="flex items-center justify-between">
        <p className="text-xl font-extrabold tracking-tight">
          <span aria-hidden>🌅 </span>
          {app("appName")}
        </p>
        <Link
          href="/login"
          className="rounded-full px-4 py-2 font-semibold text-ink-700 underline-offset-4 hover:underline"
        >
          {t("signIn")}
        </Link>
      </header>

      <section className="grid items-center gap-10 md:grid-cols-2">
        <div className="flex flex-col gap-6">
          <h1 className="text-4xl font-extrabold leading-tight tracking-tight sm:text-5xl">
            {t("title")}
          </h1>
          <p className="text-lg text-ink-700">{t("intro")}</p>
          <div className="flex flex-wrap gap-3">
            <Link
              href="/signup"
              className="rounded-full bg-leaf-700 px-6 py-3 text-lg font-bold text-white shadow hover:bg-leaf-600"
            >
              {t("signUp")}
            </Link>
            <Link
              href="/login"
              className="rounded-full bg-white px-6 py-3 text-lg font-bold text-ink-900 shadow ring-1 ring-black/10 hover:bg-sun-100"
            >
              {t("signIn")}
            </Link>
          </div>
        </div>
        <RoutinePreview />
      </section>

      <section aria-labelledby="features" className="flex flex-col gap-6">
        <h2 id="features" className="sr-only">
          {t("featuresTitle")}
        </h2>
        <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
          {features.map((feature) => (
            <li key={feature.key} className="rounded-3xl bg-white p-6 shadow ring-1 ring-black/5">
              <p className="text-3xl" aria-hidden>
                {feature.emoji}
              </p>
              <h3 className="mt-3 text-lg font-bold">{t(`features.${feature.key}.title`)}</h3>
              <p className="mt-2 text-ink-700">{t(`features.${feature.key}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <footer className="border-t border-black/10 pt-6 text-sm text-ink-700">{t("footer")}</footer>
    </main>
  );
}
