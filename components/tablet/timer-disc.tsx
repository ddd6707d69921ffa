"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TimerSound } from "@/lib/families/kid-look";
import { secondsLeft, sectorPath, shareLeft, timeLeftWords } from "@/lib/tablet/timer";

const R = 100;

/** Two soft sine notes that fade out: a cue, never an alarm. */
function softChime() {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  const context = new AudioContextClass();
  [523.25, 783.99].forEach((frequency, i) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const at = context.currentTime + i * 0.4;
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.12, at + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.4);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 1.5);
  });
  setTimeout(() => void context.close(), 2_500);
}

/**
 * A card's timer as a disc that shrinks (Time Timer style): a child who cannot read digits sees
 * how much is left. Digits too when the kid reads (`showDigits`). At the end the disc is empty,
 * a star shows, and a soft chime plays unless the kid's timer is silent. Time comes from
 * Date.now() and timers, which the browser tests replace with their own clock.
 */
export function TimerDisc({
  seconds,
  sound,
  showDigits,
}: {
  seconds: number;
  sound: TimerSound;
  showDigits: boolean;
}) {
  const t = useTranslations("tablet.timer");
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const chimed = useRef(false);
  const share = shareLeft(startedAt, seconds, now);
  const left = secondsLeft(startedAt, seconds, now);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left > 0 || chimed.current) return;
    chimed.current = true;
    if (sound === "SOFT") softChime();
  }, [left, sound]);

  const minutes = Math.floor(left / 60);
  const say = (key: "up" | "minutes" | "seconds", values?: Record<string, number>) =>
    t(key, values);
  return (
    <div
      role="timer"
      aria-label={timeLeftWords(left, say)}
      data-share={share.toFixed(3)}
      className="flex flex-col items-center gap-2"
    >
      <svg
        viewBox={`-4 -4 ${2 * R + 8} ${2 * R + 8}`}
        className="size-40 sm:size-56 [@media(max-height:900px)]:size-36"
        aria-hidden
      >
        <circle cx={R} cy={R} r={R} className="fill-white stroke-stone-300" strokeWidth={4} />
        <path d={sectorPath(share, R)} className="fill-sky-500" />
        {left === 0 && (
          <text x={R} y={R} textAnchor="middle" dominantBaseline="central" fontSize={R}>
            ⭐
          </text>
        )}
      </svg>
      {showDigits && left > 0 && (
        <p className="text-4xl font-extrabold tabular-nums" aria-hidden>
          {minutes}:{String(left % 60).padStart(2, "0")}
        </p>
      )}
    </div>
  );
}
