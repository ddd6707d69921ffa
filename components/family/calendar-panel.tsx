"use client";
// Calendar addresses on the Family page (issue 19): a kid's routines, or everyone's, in the
// family's calendar app; each address secret, shown once, revocable.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RevocableList } from "@/components/ui/revocable-list";
import { ShownOnce } from "@/components/ui/shown-once";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createFeedAction, revokeFeedAction } from "@/lib/calendar/actions";

export type FeedRow = { id: string; whose: string | null; created: string };

const select = "min-h-12 rounded-xl border-2 border-stone-300 bg-white px-4 text-lg";

export function CalendarPanel({
  kids,
  feeds,
}: {
  kids: { id: string; name: string }[];
  feeds: FeedRow[];
}) {
  const t = useTranslations("family.calendars");
  const [state, action] = useActionState(createFeedAction, null);
  const url = state?.ok ? state.data?.url : undefined;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-ink-700">{t("intro")}</p>
      <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
        {!url && <FormStatus state={state} />}
        <div className="flex flex-col gap-1.5">
          <label htmlFor="calendar-whose" className="font-semibold">
            {t("whose")}
          </label>
          <select id="calendar-whose" name="whose" defaultValue="family" className={select}>
            <option value="family">{t("everyone")}</option>
            {kids.map((kid) => (
              <option key={kid.id} value={kid.id}>
                {kid.name}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton pendingLabel={t("making")}>{t("make")}</SubmitButton>
      </form>
      {url && (
        <ShownOnce id="calendar-url" message={state?.message} label={t("address")} value={url}>
          <a
            href={url.replace(/^https?:/, "webcal:")}
            className="min-h-11 self-start py-2 font-semibold text-sky-800 underline"
          >
            {t("open")}
          </a>
        </ShownOnce>
      )}
      <RevocableList
        items={feeds.map((feed) => ({
          id: feed.id,
          title: feed.whose ?? t("everyone"),
          detail: t("made", { date: feed.created }),
        }))}
        action={revokeFeedAction}
        field="feedId"
        texts={{
          listTitle: t("listTitle"),
          listLabel: t("listLabel"),
          none: t("none"),
          revoke: t("revoke"),
          confirm: {
            title: t("revokeTitle"),
            description: t("revokeDescription"),
            confirmLabel: t("revokeConfirm"),
          },
        }}
      />
    </div>
  );
}
