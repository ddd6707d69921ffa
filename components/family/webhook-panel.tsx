"use client";
// The family's webhooks on the Family page (issue 19): add one (its secret is shown once), see
// what each delivered lately, turn a disabled one on again, remove one.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { ShownOnce } from "@/components/ui/shown-once";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { EVENT_TYPES, type EventType } from "@/lib/outbox/events";
import {
  createWebhookAction,
  deleteWebhookAction,
  enableWebhookAction,
} from "@/lib/webhooks/actions";

export type WebhookRow = {
  id: string;
  url: string;
  events: EventType[];
  disabled: string | null;
  deliveries: {
    id: string;
    event: EventType;
    status: "PENDING" | "DELIVERED" | "FAILED";
    attempts: number;
    when: string;
    /** "answered 500", "could not connect" …: already in the reader's words. */
    last: string | null;
  }[];
};

/** i18n keys of the event names: "routine.completed" → "routine_completed". */
const eventKey = (event: EventType) => event.replace(".", "_");

const STATUS_STYLE = {
  PENDING: "bg-sky-100 text-sky-900",
  DELIVERED: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
};

export function WebhookPanel({ webhooks }: { webhooks: WebhookRow[] }) {
  const t = useTranslations("family.webhooks");
  const [state, action] = useActionState(createWebhookAction, null);
  const secret = state?.ok ? state.data?.secret : undefined;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-ink-700">{t("intro")}</p>
      <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
        {!secret && <FormStatus state={state} />}
        <Field
          id="webhook-url"
          label={t("url")}
          name="url"
          type="url"
          inputMode="url"
          dir="ltr"
          maxLength={2000}
          placeholder="http://homeassistant.local:8123/api/webhook/…"
          defaultValue={typedValue(state, "url")}
          error={fieldError(state, "url")}
        />
        <fieldset className="flex flex-col gap-2">
          <legend className="font-semibold">{t("events")}</legend>
          {fieldError(state, "events") && (
            <p className="font-semibold text-red-800" id="webhook-events-error">
              {fieldError(state, "events")}
            </p>
          )}
          <div className="grid gap-2 sm:grid-cols-2">
            {EVENT_TYPES.map((event) => (
              <label key={event} className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="events"
                  value={event}
                  defaultChecked={event === "routine.completed" || event === "reward.requested"}
                  className="size-5 shrink-0"
                />
                {t(`event.${eventKey(event)}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </form>
      {secret && (
        <ShownOnce id="webhook-secret" message={state?.message} label={t("secret")} value={secret}>
          <p className="text-sm text-ink-700">
            {t.rich("howToCheck", {
              header: "Family-Routines-Signature",
              code: (chunks) => <code className="font-mono">{chunks}</code>,
            })}
          </p>
        </ShownOnce>
      )}
      <div>
        <h3 className="font-bold">{t("listTitle")}</h3>
        {webhooks.length === 0 ? (
          <p className="text-ink-700">{t("none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3" aria-label={t("listLabel")}>
            {webhooks.map((hook) => (
              <li key={hook.id} className="flex flex-col gap-3 rounded-2xl bg-sun-50 p-4">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="flex min-w-0 flex-col gap-1">
                    <code dir="ltr" className="break-all font-mono text-sm">
                      {hook.url}
                    </code>
                    <p className="text-sm text-ink-700">
                      {hook.events.map((event) => t(`event.${eventKey(event)}`)).join(" · ")}
                    </p>
                  </div>
                  <ActionButton
                    action={deleteWebhookAction}
                    fields={{ webhookId: hook.id }}
                    variant="destructive"
                    confirm={{
                      title: t("removeTitle"),
                      description: t("removeDescription"),
                      confirmLabel: t("removeConfirm"),
                    }}
                  >
                    {t("remove")}
                  </ActionButton>
                </div>
                {hook.disabled && (
                  <div
                    role="alert"
                    className="flex flex-wrap items-center justify-between gap-3 rounded-xl bg-red-50 p-3 ring-1 ring-red-300"
                  >
                    <p className="text-red-900">{t("disabled", { date: hook.disabled })}</p>
                    <ActionButton action={enableWebhookAction} fields={{ webhookId: hook.id }}>
                      {t("enable")}
                    </ActionButton>
                  </div>
                )}
                {hook.deliveries.length > 0 && (
                  <ul className="flex flex-col gap-1 text-sm" aria-label={t("deliveries")}>
                    {hook.deliveries.map((delivery) => (
                      <li key={delivery.id} className="flex flex-wrap items-center gap-2">
                        <span
                          className={`rounded-full px-2 py-0.5 font-semibold ${STATUS_STYLE[delivery.status]}`}
                        >
                          {t(`status.${delivery.status}`)}
                        </span>
                        <span>{t(`event.${eventKey(delivery.event)}`)}</span>
                        <span className="text-ink-700">
                          {[
                            delivery.when,
                            t("attempts", { count: delivery.attempts }),
                            delivery.last,
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
