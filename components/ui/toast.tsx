"use client";
// Short confirmations that do not move the page ("Checked for Saturday, Nov 28"), on Radix Toast:
// announced to screen readers, paused on hover and focus, swipe to dismiss (issue 17). Errors stay
// next to what failed (FormStatus); toasts are for what worked.
import * as Toast from "@radix-ui/react-toast";
import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useState } from "react";

type Note = { id: number; message: string; tone: "done" | "problem" };
type Show = (message: string, tone?: Note["tone"]) => void;

const ToastContext = createContext<Show>(() => {});

/** Shows a toast; outside a ToasterProvider it does nothing (a component used on its own). */
export const useToast = () => useContext(ToastContext);

let next = 0;

export function ToasterProvider({ children }: { children: React.ReactNode }) {
  const t = useTranslations("ui.toast");
  const [notes, setNotes] = useState<Note[]>([]);
  const show = useCallback<Show>((message, tone = "done") => {
    next += 1;
    // The newest three: a burst of taps does not pile up a tower.
    setNotes((current) => [...current.slice(-2), { id: next, message, tone }]);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      <Toast.Provider swipeDirection="down" duration={4000} label={t("label")}>
        {children}
        {notes.map((note) => (
          <Toast.Root
            key={note.id}
            type={note.tone === "problem" ? "foreground" : "background"}
            onOpenChange={(open) => {
              if (!open) setNotes((current) => current.filter((n) => n.id !== note.id));
            }}
            className={`flex items-center justify-between gap-4 rounded-2xl px-5 py-3 font-semibold shadow-lg ring-1 ring-black/10 data-[state=open]:motion-safe:animate-slide-in ${
              note.tone === "problem" ? "bg-red-50 text-red-900" : "bg-ink-900 text-white"
            }`}
          >
            <Toast.Description>{note.message}</Toast.Description>
            <Toast.Close
              aria-label={t("dismiss")}
              className="grid min-h-11 min-w-11 place-items-center rounded-full text-xl hover:bg-white/15"
            >
              <span aria-hidden>×</span>
            </Toast.Close>
          </Toast.Root>
        ))}
        {/* Radix puts the key that focuses it ("F8") in place of its own "{hotkey}". */}
        <Toast.Viewport
          label={t("viewport", { hotkey: "{hotkey}" })}
          className="fixed inset-x-0 bottom-0 z-50 mx-auto flex w-full max-w-md flex-col gap-2 p-4 outline-none"
        />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}
