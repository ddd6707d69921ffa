import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 px-5 py-10 text-center">
      <p className="text-6xl" aria-hidden>
        🧭
      </p>
      <h1 className="text-3xl font-extrabold tracking-tight">This page does not exist</h1>
      <p className="text-lg text-ink-700">It may have moved, or the link has a typo.</p>
      <Link
        href="/"
        className="self-center rounded-full bg-white px-6 py-3 text-lg font-bold shadow ring-1 ring-black/10"
      >
        Go to the start page
      </Link>
    </main>
  );
}
