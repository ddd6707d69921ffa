"use client";
// What a page that failed to render shows. Most often the server cannot reach its database (a
// restart, an upgrade, a crash): then this says so calmly, says nothing is lost, and comes back by
// itself when /api/health says the database answers again. Otherwise it is a bug on our side,
// said as plainly. The error itself (stack, SQL) never reaches the screen.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

type State = "checking" | "unreachable" | "failed";
const RETRY_MS = 5_000;

/** Is the server up with its database? A network error counts as unreachable too. */
async function serverAnswers(): Promise<boolean> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    return response.ok;
  } catch {
    return false;
  }
}

export function PageFailed({ reset, kid = false }: { reset: () => void; kid?: boolean }) {
  const t = useTranslations("layout.failed");
  const router = useRouter();
  const [state, setState] = useState<State>("checking");

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sawOutage = false;
    const check = async () => {
      const up = await serverAnswers();
      if (stopped) return;
      if (!up) {
        sawOutage = true;
        setState("unreachable");
        timer = setTimeout(check, RETRY_MS);
      } else if (sawOutage) {
        // Back: render the page again, with fresh data from the server.
        startTransition(() => {
          router.refresh();
          reset();
        });
      } else {
        setState("failed");
      }
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [reset, router]);

  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  if (kid) {
    // For a kid who may not read: a picture, a few big words, and it fixes itself.
    return (
      <main
        className="mx-auto flex min-h-[80dvh] max-w-md flex-col items-center justify-center gap-6 text-center"
        aria-live="polite"
      >
        <p className="text-8xl" aria-hidden>
          {state === "failed" ? "🛠️" : "📡"}
        </p>
        <h1 className="text-4xl font-extrabold">
          {state === "failed" ? t("kid.failedTitle") : t("kid.waitTitle")}
        </h1>
        <p className="text-xl text-ink-700">
          {state === "failed" ? t("kid.failedText") : t("kid.waitText")}
        </p>
        <button
          type="button"
          onClick={retry}
          aria-label={t("kid.retry")}
          className="min-h-20 min-w-20 rounded-full bg-leaf-700 px-8 text-4xl text-white shadow-lg hover:bg-leaf-600"
        >
          <span aria-hidden>🔄</span>
        </button>
      </main>
    );
  }

  return (
    <main
      className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 px-5 py-10 text-center"
      aria-live="polite"
    >
      <p className="text-6xl" aria-hidden>
        {state === "failed" ? "🛠️" : state === "unreachable" ? "📡" : "⏳"}
      </p>
      <h1 className="text-3xl font-extrabold tracking-tight">{t(`${state}.title`)}</h1>
      <p className="text-lg text-ink-700">{t(`${state}.text`)}</p>
      <button
        type="button"
        onClick={retry}
        className="self-center rounded-full bg-leaf-700 px-6 py-3 text-lg font-bold text-white shadow hover:bg-leaf-600"
      >
        {t("retry")}
      </button>
    </main>
  );
}
