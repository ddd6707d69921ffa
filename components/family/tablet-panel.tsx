"use client";
import { useTranslations } from "next-intl";
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
  /** The tap's kind: check, uncheck, habit_log, reward_request (anything else: "A tap"). */
  kind: string;
  /** The kid's name; null when the kid is not in the family any more. */
  kid: string | null;
  when: string;
  tablet: string;
  reason: string;
};

/** The tap kinds with words of their own (family.json `tablet.refusalWhat`). */
const REFUSED_KIND: Record<string, string> = {
  check: "check",
  uncheck: "uncheck",
  habit_log: "habitLog",
  habit_amount: "habitLog",
  habit_amount_undo: "habitLog",
  reward_request: "rewardRequest",
};

export function TabletPanel({ tablets, refusals }: { tablets: Tablet[]; refusals: Refusal[] }) {
  const t = useTranslations("family.tablet");
  const [state, action] = useActionState(enableTabletAction, null);
  return (
    <div className="flex flex-col gap-5">
      <form action={action} className="flex flex-col gap-3" noValidate>
        <p className="text-ink-700">{t("intro")}</p>
        <FormStatus state={state} />
        <Field
          id="tablet-name"
          label={t("name")}
          name="name"
          defaultValue={t("defaultName")}
          maxLength={40}
          required
          error={fieldError(state, "name")}
        />
        <SubmitButton pendingLabel={t("switching")}>{t("enable")}</SubmitButton>
      </form>
      <div>
        <h3 className="font-bold">{t("inUse")}</h3>
        {tablets.length === 0 ? (
          <p className="text-ink-700">{t("none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {tablets.map((tablet) => {
              const sync = tablet.lastSync ? t("lastSync", { when: tablet.lastSync }) : t("noSync");
              return (
                <li
                  key={tablet.id}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
                >
                  <span className="flex flex-col">
                    <span>
                      {t.rich("since", {
                        name: tablet.name,
                        date: tablet.since,
                        by: tablet.by,
                        strong: (chunks) => <strong>{chunks}</strong>,
                      })}
                    </span>
                    <span className="text-sm text-ink-700">
                      {tablet.waiting > 0
                        ? t("waiting", { status: sync, count: tablet.waiting })
                        : sync}
                    </span>
                  </span>
                  <ActionButton
                    action={revokeTabletAction}
                    fields={{ deviceId: tablet.id }}
                    variant="destructive"
                    confirm={{
                      title: t("signOutTitle", { name: tablet.name }),
                      description: t("signOutDescription"),
                      confirmLabel: t("signOutConfirm"),
                    }}
                  >
                    {t("signOut", { name: tablet.name })}
                  </ActionButton>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {refusals.length > 0 && (
        <div>
          <h3 className="font-bold">{t("refusals")}</h3>
          <p className="text-sm text-ink-700">{t("refusalsHint")}</p>
          <ul className="mt-2 flex flex-col gap-2">
            {refusals.map((r) => (
              <li key={r.id} className="rounded-2xl bg-red-50 p-3 text-sm">
                {t.rich("refusal", {
                  what: t("refusalWhat", {
                    kind: REFUSED_KIND[r.kind] ?? "other",
                    kid: r.kid ?? t("someKid"),
                  }),
                  tablet: r.tablet,
                  when: r.when,
                  reason: r.reason,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
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
  const t = useTranslations("family.tablet.install");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <details className="rounded-2xl bg-sky-50 p-4">
      <summary className="cursor-pointer font-bold">{t("title")}</summary>
      <div className="mt-3 flex flex-col gap-3 text-ink-700">
        <p>{t("homeScreen")}</p>
        <ul className="list-disc ps-5">
          <li>{t.rich("android", { strong })}</li>
          <li>{t.rich("ipad", { strong })}</li>
        </ul>
        <p>{t("keepIn")}</p>
        <ul className="list-disc ps-5">
          <li>{t.rich("androidPinning", { strong })}</li>
          <li>{t.rich("ipadGuidedAccess", { strong })}</li>
          <li>{t("charging")}</li>
        </ul>
      </div>
    </details>
  );
}
