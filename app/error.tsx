"use client";
// Shown when a page fails to render, most often because the database cannot be reached. It says
// what a person can do, and never shows the error itself (no stack, no SQL).
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 px-5 py-10 text-center">
      <p className="text-6xl" aria-hidden>
        🛠️
      </p>
      <h1 className="text-3xl font-extrabold tracking-tight">Something went wrong on our side</h1>
      <p className="text-lg text-ink-700">
        The app could not load this page, perhaps because its database is restarting. Nothing you
        saved is lost. Please try again in a moment.
      </p>
      <button
        type="button"
        onClick={reset}
        className="self-center rounded-full bg-leaf-700 px-6 py-3 text-lg font-bold text-white shadow hover:bg-leaf-600"
      >
        Try again
      </button>
    </main>
  );
}
