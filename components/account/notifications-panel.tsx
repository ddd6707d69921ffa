"use client";
// Notifications on this device, and the parent's list of devices (issue 19). Turning them on asks
// the browser's permission, registers the parents' service worker (/parent-sw.js), subscribes
// with the server's VAPID key and hands the subscription to the server. A browser that still has
// a subscription the server lost (a restore, a device removed elsewhere) is handed over again.
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/validated-action";
import {
  removeDeviceAction,
  testPushAction,
  turnOffPushAction,
  turnOnPushAction,
} from "@/lib/push/actions";
import { formatMoment } from "@/lib/time/format";

export type Device = { id: string; label: string; endpoint: string; lastSuccessAt: Date | null };

type Props = {
  /** The server's VAPID public key; null when push is not set up on this server. */
  publicKey: string | null;
  devices: Device[];
  timeZone: string;
  clock: "H24" | "H12";
};

type Browser =
  | { kind: "checking" }
  | { kind: "insecure" }
  | { kind: "unsupported" }
  | { kind: "ready"; permission: NotificationPermission; endpoint: string | null };

async function subscription() {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

export function NotificationsPanel({ publicKey, devices, timeZone, clock }: Props) {
  const t = useTranslations("account.notifications");
  const locale = useLocale();
  const [browser, setBrowser] = useState<Browser>({ kind: "checking" });
  const [state, setState] = useState<ActionState | null>(null);
  const [busy, setBusy] = useState(false);

  const hand = useCallback(
    async (sub: PushSubscription) =>
      turnOnPushAction(null, form({ subscription: JSON.stringify(sub.toJSON()), locale })),
    [locale],
  );

  useEffect(() => {
    void (async () => {
      if (!window.isSecureContext) return setBrowser({ kind: "insecure" });
      if (
        !("serviceWorker" in navigator) ||
        !("PushManager" in window) ||
        !("Notification" in window)
      )
        return setBrowser({ kind: "unsupported" });
      const sub = await subscription().catch(() => null);
      setBrowser({
        kind: "ready",
        permission: Notification.permission,
        endpoint: sub?.endpoint ?? null,
      });
      if (
        sub &&
        publicKey &&
        Notification.permission === "granted" &&
        !devices.some((d) => d.endpoint === sub.endpoint)
      )
        await hand(sub);
    })();
  }, [devices, hand, publicKey]);

  async function turnOn() {
    if (!publicKey) return;
    setBusy(true);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted")
        return setBrowser({ kind: "ready", permission, endpoint: null });
      await navigator.serviceWorker.register("/parent-sw.js", { scope: "/" });
      const registration = await navigator.serviceWorker.ready;
      const sub = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: Uint8Array.from(
          atob(publicKey.replace(/-/g, "+").replace(/_/g, "/")),
          (c) => c.charCodeAt(0),
        ),
      });
      const answer = await hand(sub);
      setState(answer);
      setBrowser({ kind: "ready", permission, endpoint: answer.ok ? sub.endpoint : null });
      if (!answer.ok) await sub.unsubscribe();
    } catch {
      setState({ ok: false, message: t("failed") });
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    try {
      const sub = await subscription();
      if (sub) {
        // Already forgotten by the server (removed from another device): off all the same.
        await turnOffPushAction(null, form({ endpoint: sub.endpoint }));
        await sub.unsubscribe();
      }
      setState({ ok: true, message: t("offHere") });
      setBrowser({ kind: "ready", permission: Notification.permission, endpoint: null });
    } finally {
      setBusy(false);
    }
  }

  const here = browser.kind === "ready" ? browser.endpoint : null;
  const on = here !== null && devices.some((d) => d.endpoint === here);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-ink-700">{t("intro")}</p>
      <FormStatus state={state} />
      {publicKey === null ? (
        <p className="rounded-xl bg-sun-100 px-4 py-3">{t("serverOff")}</p>
      ) : browser.kind === "insecure" ? (
        <p className="rounded-xl bg-sun-100 px-4 py-3">{t("insecure")}</p>
      ) : browser.kind === "unsupported" ? (
        <p className="rounded-xl bg-sun-100 px-4 py-3">{t("unsupported")}</p>
      ) : browser.kind === "ready" && browser.permission === "denied" ? (
        <p className="rounded-xl bg-sun-100 px-4 py-3">{t("blocked")}</p>
      ) : on ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="font-semibold text-green-900">
            <span aria-hidden>🔔 </span>
            {t("onHere")}
          </p>
          <button
            type="button"
            onClick={turnOff}
            disabled={busy}
            className={buttonClasses("secondary", "sm")}
          >
            {t("turnOff")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={turnOn}
          disabled={busy || browser.kind === "checking"}
          className={`${buttonClasses("primary")} self-start`}
        >
          {busy ? t("turningOn") : t("turnOn")}
        </button>
      )}

      {devices.length > 0 && (
        <section aria-labelledby="devices-heading" className="flex flex-col gap-2">
          <h3 id="devices-heading" className="font-bold">
            {t("devices")}
          </h3>
          <ul className="flex flex-col divide-y divide-stone-200">
            {devices.map((device) => (
              <li
                key={device.id}
                className="flex flex-wrap items-center justify-between gap-3 py-3"
              >
                <div className="min-w-0">
                  <p className="font-semibold">
                    {device.label}
                    {device.endpoint === here && (
                      <span className="ms-2 rounded-full bg-green-100 px-2 py-0.5 text-sm text-green-900">
                        {t("thisDevice")}
                      </span>
                    )}
                  </p>
                  <p className="text-sm text-ink-700">
                    {device.lastSuccessAt
                      ? t("lastSent", {
                          when: formatMoment(device.lastSuccessAt, timeZone, true, locale, clock),
                        })
                      : t("nothingSent")}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    action={testPushAction}
                    fields={{ deviceId: device.id }}
                    variant="quiet"
                  >
                    {t("test")}
                  </ActionButton>
                  <ActionButton
                    action={removeDeviceAction}
                    fields={{ deviceId: device.id }}
                    variant="destructive"
                    confirm={{
                      title: t("removeTitle", { device: device.label }),
                      description: t("removeBody"),
                      confirmLabel: t("remove"),
                    }}
                  >
                    {t("remove")}
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
