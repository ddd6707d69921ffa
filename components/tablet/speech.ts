"use client";
// Reading aloud on the tablet (issue 16) with the browser's speech synthesis: only ever after a
// kid's tap, never on its own; a new tap interrupts what is being said instead of queueing.
import { mediaUrl } from "@/lib/media/rules";
import { pickVoice } from "@/lib/tablet/read-aloud";

/** How long a tap waits for the browser's voice list (it may arrive late, by `voiceschanged`):
 * after that the default voice speaks, so speech still starts well within 300 ms. */
const VOICES_WAIT_MS = 200;

let waiting: Promise<SpeechSynthesisVoice[]> | null = null;
/** The browser answered no voices once: speak with its default until `voiceschanged` says more. */
let noVoices = false;
/** The parent's recorded clip being played, if any. */
let playing: HTMLAudioElement | null = null;

function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0 || noVoices) return Promise.resolve(now);
  waiting ??= new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener("voiceschanged", done);
      clearTimeout(timer);
      waiting = null;
      const list = synth.getVoices();
      if (list.length === 0) {
        noVoices = true;
        synth.addEventListener("voiceschanged", () => (noVoices = false), { once: true });
      }
      resolve(list);
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener("voiceschanged", done);
  });
  return waiting;
}

/** The kid's language on a kid's page (components/tablet/kid-language.tsx), else the page's. */
const pageLanguage = () =>
  document.querySelector<HTMLElement>("[data-kid-language]")?.lang ||
  document.documentElement.lang ||
  "en";

/** Says `text` aloud. False when this browser cannot speak. */
export async function speak(text: string, lang = pageLanguage()): Promise<boolean> {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) return false;
  const synth = window.speechSynthesis;
  synth.cancel();
  playing?.pause();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  // A little slower than the default: the listener is four.
  utterance.rate = 0.9;
  const voice = pickVoice(await voices(synth), lang);
  if (voice) utterance.voice = voice;
  synth.speak(utterance);
  return true;
}

/** Stops any speech or clip (leaving a screen must not leave it talking). */
export function hush() {
  if (typeof window === "undefined") return;
  if ("speechSynthesis" in window) window.speechSynthesis.cancel();
  playing?.pause();
  playing = null;
}

/**
 * Reads something aloud: the parent's recorded voice when there is one (issue 16), else the
 * browser's speech. A clip that cannot play (offline and never cached) falls back to speech.
 */
export async function sayAloud(words: string, voiceId?: string | null): Promise<void> {
  hush();
  if (!voiceId) {
    await speak(words);
    return;
  }
  const clip = new Audio(mediaUrl(voiceId));
  playing = clip;
  try {
    await clip.play();
  } catch {
    if (playing === clip) await speak(words);
  }
}
