import Link from "next/link";
import { RoutinePreview } from "@/components/landing/routine-preview";

const features = [
  {
    emoji: "🧑‍🍳",
    title: "For parents",
    text: "Build morning, after-school and bedtime routines from picture cards. See at a glance who is done, and edit without rewriting yesterday.",
  },
  {
    emoji: "🧒",
    title: "For kids",
    text: "Tap your face on the family tablet, follow big picture cards, check things off, and celebrate. No reading needed.",
  },
  {
    emoji: "🔥",
    title: "Fair streaks",
    text: "Habits daily or a few times a week. Streaks count only the days that were due, and a holiday or a sick day never breaks them.",
  },
  {
    emoji: "🏠",
    title: "Yours to host",
    text: "Open source. Runs on your own machine with its built-in database, or on any PostgreSQL server.",
  },
];

export default function LandingPage() {
  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-16 px-5 py-10 sm:px-8 sm:py-16">
      <header className="flex items-center justify-between">
        <p className="text-xl font-extrabold tracking-tight">
          <span aria-hidden>🌅 </span>Family Routines
        </p>
        <Link
          href="/login"
          className="rounded-full px-4 py-2 font-semibold text-ink-700 underline-offset-4 hover:underline"
        >
          Sign in
        </Link>
      </header>

      <section className="grid items-center gap-10 md:grid-cols-2">
        <div className="flex flex-col gap-6">
          <h1 className="text-4xl font-extrabold leading-tight tracking-tight sm:text-5xl">
            Routines your kids can follow on their own.
          </h1>
          <p className="text-lg text-ink-700">
            Plan the family&apos;s routines and habits in your browser. Your kids follow them on a
            shared tablet, one picture card at a time, and see their progress grow.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link
              href="/signup"
              className="rounded-full bg-leaf-700 px-6 py-3 text-lg font-bold text-white shadow hover:bg-leaf-600"
            >
              Create your family
            </Link>
            <Link
              href="/login"
              className="rounded-full bg-white px-6 py-3 text-lg font-bold text-ink-900 shadow ring-1 ring-black/10 hover:bg-sun-100"
            >
              Sign in
            </Link>
          </div>
        </div>
        <RoutinePreview />
      </section>

      <section aria-labelledby="features" className="flex flex-col gap-6">
        <h2 id="features" className="sr-only">
          What you get
        </h2>
        <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
          {features.map((feature) => (
            <li key={feature.title} className="rounded-3xl bg-white p-6 shadow ring-1 ring-black/5">
              <p className="text-3xl" aria-hidden>
                {feature.emoji}
              </p>
              <h3 className="mt-3 text-lg font-bold">{feature.title}</h3>
              <p className="mt-2 text-ink-700">{feature.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <footer className="border-t border-black/10 pt-6 text-sm text-ink-700">
        Open source and self-hostable. Your family&apos;s data stays where you run it.
      </footer>
    </main>
  );
}
