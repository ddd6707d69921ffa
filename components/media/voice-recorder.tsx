"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { uploadMedia } from "@/components/media/upload";
import { MAX_VOICE_SECONDS, mediaUrl } from "@/lib/media/rules";

type Recording = { recorder: MediaRecorder; stream: MediaStream; startedAt: number };

/** The smallest format this browser records speech in (Chrome/Firefox: Opus in WebM). */
function recorderType() {
  for (const type of ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4"])
    if (MediaRecorder.isTypeSupported(type)) return type;
  return "";
}

/**
 * A parent's own voice for a card or item (issue 16): record up to 15 s (the recorder stops
 * itself), or upload a clip; play it back; replace or remove it. On the tablet it plays instead
 * of the browser's speech. `name` says what it is for ("Get dressed").
 */
export function VoiceRecorder({
  voiceId,
  name,
  onChange,
  compact = false,
}: {
  voiceId: string | null;
  name: string;
  onChange: (voiceId: string | null) => void;
  compact?: boolean;
}) {
  const t = useTranslations("ui.voice");
  const uploadWords = useTranslations("ui.upload");
  const inputId = useId();
  const [recording, setRecording] = useState<Recording | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const stopTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (!recording) return;
    const tick = setInterval(
      () => setSeconds(Math.floor((Date.now() - recording.startedAt) / 1000)),
      250,
    );
    return () => clearInterval(tick);
  }, [recording]);
  // Leaving the page mid-recording releases the microphone.
  useEffect(
    () => () => recording?.stream.getTracks().forEach((track) => track.stop()),
    [recording],
  );

  async function save(blob: Blob, fileName: string) {
    setState({ busy: true });
    const result = await uploadMedia("VOICE", blob, fileName, {
      failed: uploadWords("failed"),
      offline: uploadWords("offline"),
    });
    if ("error" in result) return setState({ busy: false, error: result.error });
    setState({ busy: false });
    onChange(result.id);
  }

  async function start() {
    setState({ busy: false });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      return setState({
        busy: false,
        error: t("noMicrophone"),
      });
    }
    const type = recorderType();
    const recorder = new MediaRecorder(stream, {
      ...(type ? { mimeType: type } : {}),
      audioBitsPerSecond: 32_000,
    });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    recorder.onstop = () => {
      clearTimeout(stopTimer.current);
      stream.getTracks().forEach((track) => track.stop());
      setRecording(null);
      const blob = new Blob(chunks, { type: recorder.mimeType });
      void save(blob, "voice");
    };
    recorder.start();
    setSeconds(0);
    setRecording({ recorder, stream, startedAt: Date.now() });
    stopTimer.current = setTimeout(() => recorder.stop(), MAX_VOICE_SECONDS * 1000);
  }

  const button =
    "inline-flex min-h-11 items-center gap-1.5 rounded-full bg-white px-3 font-semibold ring-2";
  // The words on a button (only for screen readers when compact), with what it is for, which
  // only screen readers hear: `<hidden>` in the message.
  const words = (text: React.ReactNode) => <span className={compact ? "sr-only" : ""}>{text}</span>;
  const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {recording ? (
          <button
            type="button"
            onClick={() => recording.recorder.stop()}
            className={`${button} text-red-800 ring-red-700/40`}
          >
            <span aria-hidden>⏹️</span>
            {words(t.rich("stop", { seconds: MAX_VOICE_SECONDS - seconds, name, hidden }))}
          </button>
        ) : (
          <button
            type="button"
            onClick={() => void start()}
            disabled={state.busy}
            title={compact ? t("recordTitle", { name }) : undefined}
            className={`${button} text-sky-900 ring-sky-600/30 hover:bg-sky-50 disabled:opacity-60`}
          >
            <span aria-hidden>🎙️</span>
            {words(
              t.rich(state.busy ? "saving" : voiceId ? "recordAgain" : "record", { name, hidden }),
            )}
          </button>
        )}
        {voiceId && !recording && (
          <>
            <button
              type="button"
              onClick={() => void new Audio(mediaUrl(voiceId)).play()}
              className={`${button} text-leaf-700 ring-leaf-700/30 hover:bg-green-50`}
            >
              <span aria-hidden>▶️</span>
              {words(t.rich("play", { name, hidden }))}
            </button>
            <button
              type="button"
              onClick={() => onChange(null)}
              className="min-h-11 rounded-full px-3 font-semibold text-red-800 hover:bg-red-50"
            >
              <span aria-hidden>✕</span>
              {words(<> {t.rich("remove", { name, hidden })}</>)}
            </button>
          </>
        )}
        {!compact && !recording && (
          <>
            <label
              htmlFor={inputId}
              className="cursor-pointer text-sm font-semibold text-sky-900 underline"
            >
              {t.rich("upload", { name, hidden })}
            </label>
            <input
              id={inputId}
              type="file"
              accept="audio/*"
              className="sr-only"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void save(file, file.name);
              }}
            />
          </>
        )}
      </div>
      {state.error && (
        <p
          role="alert"
          className={`text-sm font-semibold text-red-700 ${compact ? "max-w-64" : ""}`}
        >
          {state.error}
        </p>
      )}
    </div>
  );
}
