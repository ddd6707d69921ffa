"use client";
import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { enableTabletAction, revokeTabletAction } from "@/lib/tablet/actions";

type Tablet = {
  id: string;
  name: string;
  since: string;
  by: string;
  /** When it last sent its taps; null before its first. */
  lastSync: string | null;
  /** Taps it still held then (offline, or a long queue). */
  waiting: number;
};
type Refusal = {
  id: string;
  kid: string;
  what: string;
  when: string;
  tablet: string;
  reason: string;
};

export function TabletPanel({ tablets, refusals }: { tablets: Tablet[]; refusals: Refusal[] }) {
  const [state, action] = useActionState(enableTabletAction, null);
  return (
    <div className="flex flex-col gap-5">
      <form action={action} className="flex flex-col gap-3" noValidate>
        <p className="text-ink-700">
          Turn this device into the kids’ tablet: they pick their face and check off their routines.
          You are signed out here; leaving tablet mode needs a parent’s email and password.
        </p>
        <FormStatus state={state} />
        <Field
          id="tablet-name"
          label="Tablet name"
          name="name"
          defaultValue="Kitchen tablet"
          maxLength={40}
          required
          error={fieldError(state, "name")}
        />
        <SubmitButton pendingLabel="Switching…">Use this device as the family tablet</SubmitButton>
      </form>
      <div>
        <h3 className="font-bold">Tablets in use</h3>
        {tablets.length === 0 ? (
          <p className="text-ink-700">None.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {tablets.map((tablet) => (
              <li
                key={tablet.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
              >
                <span className="flex flex-col">
                  <span>
                    <strong>{tablet.name}</strong>, since {tablet.since} (by {tablet.by})
                  </span>
                  <span className="text-sm text-ink-700">
                    {tablet.lastSync ? `Last sent its taps ${tablet.lastSync}` : "No taps sent yet"}
                    {tablet.waiting > 0 &&
                      `; ${tablet.waiting} ${tablet.waiting === 1 ? "tap was" : "taps were"} still waiting on it (offline?)`}
                  </span>
                </span>
                <ActionButton
                  action={revokeTabletAction}
                  fields={{ deviceId: tablet.id }}
                  variant="destructive"
                  confirm={{
                    title: `Sign out “${tablet.name}”?`,
                    description:
                      "It shows the setup page, and taps still waiting on it are listed here as not counted. A parent can turn it into the family tablet again.",
                    confirmLabel: "Sign it out",
                  }}
                >
                  Sign out {tablet.name}
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
      </div>
      {refusals.length > 0 && (
        <div>
          <h3 className="font-bold">Taps that could not be counted</h3>
          <p className="text-sm text-ink-700">
            Made on a tablet (often while it was offline) and refused when they arrived, in the last
            two weeks. Nothing else was lost.
          </p>
          <ul className="mt-2 flex flex-col gap-2">
            {refusals.map((r) => (
              <li key={r.id} className="rounded-2xl bg-red-50 p-3 text-sm">
                <strong>
                  {r.what} for {r.kid}
                </strong>{" "}
                on {r.tablet}, {r.when}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <InstallGuide />
    </div>
  );
}

/** How to make the tablet an app kids cannot wander out of (the manifest is app/manifest.ts). */
function InstallGuide() {
  return (
    <details className="rounded-2xl bg-sky-50 p-4">
      <summary className="cursor-pointer font-bold">
        Install it as an app, and keep kids in it
      </summary>
      <div className="mt-3 flex flex-col gap-3 text-ink-700">
        <p>
          After “Use this device as the family tablet”, add it to the home screen: it opens full
          screen on the faces, and keeps working when the Wi-Fi drops (taps are saved on the tablet
          and sent when it is back).
        </p>
        <ul className="list-disc pl-5">
          <li>
            <strong>Android (Chrome):</strong> menu ⋮ → “Install app” or “Add to Home screen”.
          </li>
          <li>
            <strong>iPad (Safari):</strong> Share → “Add to Home Screen”.
          </li>
        </ul>
        <p>To keep a kid from leaving the app:</p>
        <ul className="list-disc pl-5">
          <li>
            <strong>Android:</strong> Settings → Security → App pinning, then pin the app from the
            recent apps view.
          </li>
          <li>
            <strong>iPad:</strong> Settings → Accessibility → Guided Access, then triple-click the
            side or home button in the app.
          </li>
          <li>Keep it charging and set the screen to stay on longer, so the faces are there.</li>
        </ul>
      </div>
    </details>
  );
}
