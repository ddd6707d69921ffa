"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { offlinePin } from "@/components/tablet/offline-pin-store";
import type { ActionState } from "@/lib/actions/validated-action";
import { unlockKidAction } from "@/lib/tablet/actions";

const KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

type Answer =
  | null
  | { kind: "wrong" }
  | { kind: "locked"; minutes: number }
  /** No network, and this tablet has never seen this PIN accepted: only the server can tell. */
  | { kind: "needs-network" };

type Props = {
  kidId: string;
  pinVersion: number;
  lockedMinutes: number | null;
  idleMs: number;
  /**
   * Over a kid's day that was kept by the service worker (components/tablet/kid-today.tsx), which
   * opens when the tablet's pass starts. Otherwise the pad is the kid's page, loaded again then.
   */
  overKeptDay?: boolean;
};

/**
 * Big number buttons with dots for the typed digits: usable by a kid who cannot read yet. The
 * server checks the PIN; without a network, the tablet's own verifier of it does, with the same
 * lockout (lib/tablet/offline-pin.ts, decision 015).
 */
export function PinPad({ kidId, pinVersion, lockedMinutes, idleMs, overKeptDay }: Props) {
  const t = useTranslations("tablet.pin");
  const tablet = useTranslations("tablet");
  const router = useRouter();
  const [answer, setAnswer] = useState<Answer>(
    lockedMinutes ? { kind: "locked", minutes: lockedMinutes } : null,
  );
  const [pending, setPending] = useState(false);
  const [pin, setPin] = useState("");

  async function unlockOffline(typed: string) {
    const result = await offlinePin().unlock(kidId, pinVersion, typed, idleMs);
    if (result.ok) {
      if (!overKeptDay) window.location.reload(); // the kept day, from the service worker
      return;
    }
    setAnswer(
      result.reason === "locked"
        ? { kind: "locked", minutes: result.minutes }
        : result.reason === "wrong"
          ? { kind: "wrong" }
          : { kind: "needs-network" },
    );
  }

  async function submit(typed: string) {
    setPending(true);
    try {
      const form = new FormData();
      form.set("kidId", kidId);
      form.set("pin", typed);
      let state: ActionState;
      try {
        state = await unlockKidAction(null, form);
      } catch {
        await unlockOffline(typed); // no network: the request never reached the server
        return;
      }
      if (state.ok) {
        const version = Number(state.data?.pinVersion ?? pinVersion);
        void offlinePin().remember(kidId, version, typed, idleMs);
        router.refresh();
      } else if (state.message === "locked")
        setAnswer({ kind: "locked", minutes: Number(state.data?.lockedMinutes ?? 15) });
      else if (state.message === "wrong") setAnswer({ kind: "wrong" });
      // The server is there but its database is not: the tablet's verifier can still tell.
      else await unlockOffline(typed);
    } finally {
      setPending(false);
    }
  }

  const press = (digit: string) => {
    const next = (pin + digit).slice(0, 4);
    setPin(next);
    if (next.length === 4) {
      setPin("");
      void submit(next);
    }
  };

  if (answer?.kind === "locked")
    return (
      <PadNotice pictures="⏳😴" title={t("breakTitle")}>
        {t("breakText", { minutes: answer.minutes })}
      </PadNotice>
    );
  if (answer?.kind === "needs-network")
    return (
      <PadNotice pictures="📶⏳" title={t("waitTitle")}>
        {t("waitText")}
      </PadNotice>
    );

  return (
    <div data-tablet-pin-pad className="flex flex-col items-center gap-6">
      <div className="flex gap-4" role="status" aria-label={t("numbers", { count: pin.length })}>
        {[0, 1, 2, 3].map((i) => (
          <span
            key={i}
            className={`size-6 rounded-full ${i < pin.length ? "bg-sky-700" : "bg-white ring-2 ring-sky-300"}`}
          />
        ))}
      </div>
      {answer?.kind === "wrong" && (
        <p role="alert" className="text-2xl font-bold text-red-800">
          <span aria-hidden>🙈 </span>
          {t("tryAgain")}
        </p>
      )}
      <div className="grid grid-cols-3 gap-4">
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            disabled={pending}
            onClick={() => press(key)}
            className="size-20 rounded-2xl bg-white text-4xl font-extrabold shadow-md active:bg-sky-100 sm:size-24"
          >
            {key}
          </button>
        ))}
        {/* Like a phone's keypad: 0 in the middle, delete at its right; nothing where kids
            expect "OK" to be (issue 17). The way back is below, apart from the numbers. */}
        <span aria-hidden />
        <button
          type="button"
          disabled={pending}
          onClick={() => press("0")}
          className="size-20 rounded-2xl bg-white text-4xl font-extrabold shadow-md active:bg-sky-100 sm:size-24"
        >
          0
        </button>
        <button
          type="button"
          onClick={() => setPin(pin.slice(0, -1))}
          aria-label={t("delete")}
          className="size-20 rounded-2xl bg-sun-100 text-3xl shadow-md sm:size-24"
        >
          ⌫
        </button>
      </div>
      <Link
        href="/tablet"
        aria-label={tablet("backToFaces")}
        className="flex min-h-16 items-center gap-2 rounded-full bg-white/70 px-6 text-3xl ring-2 ring-sky-200"
      >
        <span className="inline-block rtl:-scale-x-100">⬅️</span> 👨‍👩‍👧
      </Link>
    </div>
  );
}

/** In place of the pad: pictures for the kid, a word for the grown-up, and the way back. */
function PadNotice({
  pictures,
  title,
  children,
}: {
  pictures: string;
  title: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("tablet");
  return (
    <div role="status" data-tablet-pin-pad className="flex flex-col items-center gap-4 text-center">
      <p className="text-7xl" aria-hidden>
        {pictures}
      </p>
      <p className="text-2xl font-bold">{title}</p>
      <p className="text-lg">{children}</p>
      <Link
        href="/tablet"
        className="rounded-full bg-white px-6 py-3 text-xl font-bold shadow"
        aria-label={t("backToFaces")}
      >
        ⬅️ 👨‍👩‍👧
      </Link>
    </div>
  );
}
