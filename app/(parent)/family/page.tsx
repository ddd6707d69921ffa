import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatMoment } from "@/lib/time/format";
import { PageHeader } from "@/components/ui/page-header";
import type { Metadata } from "next";
import { AddKidForm } from "@/components/family/add-kid-form";
import { Avatar } from "@/components/family/avatar";
import { FamilySettingsForm } from "@/components/family/family-settings-form";
import { InvitePanel } from "@/components/family/invite-panel";
import { KidCard } from "@/components/family/kid-card";
import { RemoveParentButton } from "@/components/family/remove-parent-button";
import { parentPage } from "@/lib/auth/session";
import { updateFamilyAction } from "@/lib/families/actions";
import { getFamily, listMembers } from "@/lib/families/queries";
import { listInvites } from "@/lib/families/invites";
import { timeZones } from "@/lib/families/rules";
import { listTablets, recentRefusals } from "@/lib/tablet/queries";
import { TabletPanel } from "@/components/family/tablet-panel";
import { ApiTokenPanel } from "@/components/family/api-token-panel";
import { WebhookPanel } from "@/components/family/webhook-panel";
import { CalendarPanel } from "@/components/family/calendar-panel";
import { TriggerPanel } from "@/components/family/trigger-panel";
import { listTriggers, triggerChoices } from "@/lib/triggers/queries";
import { listFeeds } from "@/lib/calendar/queries";
import { listWebhooks } from "@/lib/webhooks/queries";
import { eventType } from "@/lib/outbox/events";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { tokenStatus } from "@/lib/api-tokens/rules";
import { serverWords } from "@/lib/i18n/server-messages";
import { Sentence } from "@/lib/i18n/sentence";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("family");
  return { title: t("page.title") };
}

const card = "rounded-3xl bg-white p-6 shadow ring-1 ring-black/5";

export default async function FamilyPage() {
  const session = await parentPage("/family");
  const [t, locale, say] = await Promise.all([
    getTranslations("family.page"),
    getLocale(),
    serverWords(),
  ]);
  const [family, members, invites, tablets, tokens, refusals, webhooks, feeds, choices, triggers] =
    await Promise.all([
      getFamily(session.familyId),
      listMembers(session.familyId, { includeArchived: true }),
      listInvites(session.familyId),
      listTablets(session.familyId),
      listApiTokens(session.familyId),
      recentRefusals(session.familyId),
      listWebhooks(session.familyId),
      listFeeds(session.familyId),
      triggerChoices(session.familyId),
      listTriggers(session.familyId),
    ]);
  // A removed parent's history stays, but they are no longer listed among the parents.
  const parents = members.filter((m) => m.role === "PARENT" && !m.archived);
  const kids = members.filter((m) => m.role === "CHILD");
  const dateFormat = { format: (moment: Date) => formatDate(moment, family.timeZone, locale) };
  const dateTimeFormat = {
    format: (moment: Date) => formatMoment(moment, family.timeZone, true, locale, family.clock),
  };
  const now = new Date();

  return (
    <>
      <PageHeader title={family.name} />

      <section aria-labelledby="parents-heading" className="flex flex-col gap-4">
        <h2 id="parents-heading" className="text-xl font-bold">
          {t("parents")}
        </h2>
        <ul aria-labelledby="parents-heading" className="grid gap-4 sm:grid-cols-2">
          {parents.map((parent) => (
            <li key={parent.id} className={`flex flex-wrap items-center gap-4 ${card}`}>
              <Avatar emoji={parent.avatarEmoji} color={parent.avatarColor} />
              <div className="min-w-0 flex-1">
                <p className="text-lg font-bold">
                  {parent.displayName}
                  {parent.id === session.memberId && (
                    <span className="font-normal text-ink-700"> {t("you")}</span>
                  )}
                </p>
                <p className="text-sm break-words text-ink-700">{parent.email}</p>
              </div>
              {parent.id !== session.memberId && (
                <RemoveParentButton memberId={parent.id} name={parent.displayName} />
              )}
            </li>
          ))}
        </ul>
        <div className={card}>
          <h3 className="mb-3 text-lg font-bold">{t("invite")}</h3>
          <InvitePanel
            invites={invites.map((invite) => ({
              id: invite.id,
              createdBy: invite.createdBy,
              acceptedBy: invite.acceptedBy,
              acceptedAt: invite.acceptedAt && dateFormat.format(invite.acceptedAt),
              status: invite.status,
              expiresAt: dateFormat.format(invite.expiresAt),
            }))}
          />
        </div>
      </section>

      <section aria-labelledby="kids-heading" className="flex flex-col gap-4">
        <h2 id="kids-heading" className="text-xl font-bold">
          {t("kids")}
        </h2>
        {kids.length > 0 && (
          <ul className="grid gap-4 sm:grid-cols-2">
            {kids.map((kid) => (
              <KidCard key={kid.id} kid={kid} />
            ))}
          </ul>
        )}
        <details className={card} open={kids.length === 0}>
          <summary className="cursor-pointer text-lg font-bold">{t("addKid")}</summary>
          <div className="mt-4">
            <AddKidForm kids={kids} />
          </div>
        </details>
      </section>

      <section aria-labelledby="tablet-heading" className={card}>
        <h2 id="tablet-heading" className="mb-4 text-xl font-bold">
          {t("tablet")}
        </h2>
        <TabletPanel
          tablets={tablets.map((tablet) => ({
            id: tablet.id,
            name: tablet.name,
            since: dateFormat.format(tablet.createdAt),
            by: tablet.createdBy.displayName,
            lastSync: tablet.lastSyncAt ? dateTimeFormat.format(tablet.lastSyncAt) : null,
            waiting: tablet.waitingTaps,
          }))}
          refusals={refusals.map((r) => ({
            id: r.id,
            kid: members.find((m) => m.id === r.kidId)?.displayName ?? null,
            kind: r.kind,
            when: dateTimeFormat.format(r.happenedAt),
            tablet: r.device.name,
            reason: say(Sentence.fromJSON(r.reasonWords) ?? r.reason),
          }))}
        />
      </section>

      <section aria-labelledby="settings-heading" className={card}>
        <h2 id="settings-heading" className="mb-4 text-xl font-bold">
          {t("settings")}
        </h2>
        <FamilySettingsForm
          action={updateFamilyAction}
          timeZones={timeZones()}
          initial={{
            name: family.name,
            timeZone: family.timeZone,
            dayStartHour: Math.floor(family.dayStartMinute / 60),
          }}
          calendar={{ weekStart: family.weekStart, clock: family.clock }}
          submitLabel={t("saveSettings")}
        />
      </section>

      <section aria-labelledby="api-heading" className={card}>
        <h2 id="api-heading" className="mb-4 text-xl font-bold">
          {t("apiTokens")}
        </h2>
        <ApiTokenPanel
          tokens={tokens.map((token) => ({
            id: token.id,
            name: token.name,
            prefix: token.prefix,
            canWrite: token.scope === "READ_WRITE",
            status: tokenStatus(token, now),
            created: dateFormat.format(token.createdAt),
            by: token.createdBy.displayName,
            lastUsed: token.lastUsedAt && dateTimeFormat.format(token.lastUsedAt),
            expires: token.expiresAt && dateFormat.format(token.expiresAt),
          }))}
        />
      </section>

      <section aria-labelledby="calendars-heading" className={card}>
        <h2 id="calendars-heading" className="mb-4 text-xl font-bold">
          {t("calendars")}
        </h2>
        <CalendarPanel
          kids={members
            .filter((m) => m.role === "CHILD" && !m.archived)
            .map((kid) => ({ id: kid.id, name: kid.displayName }))}
          feeds={feeds.map((feed) => ({
            id: feed.id,
            whose: feed.kidId
              ? (members.find((m) => m.id === feed.kidId)?.displayName ?? null)
              : null,
            created: dateFormat.format(feed.createdAt),
          }))}
        />
      </section>

      <section aria-labelledby="triggers-heading" className={card}>
        <h2 id="triggers-heading" className="mb-4 text-xl font-bold">
          {t("triggers")}
        </h2>
        <TriggerPanel
          choices={choices}
          triggers={triggers.map((trigger) => ({
            id: trigger.id,
            label: trigger.label,
            created: dateFormat.format(trigger.createdAt),
          }))}
        />
      </section>

      <section aria-labelledby="webhooks-heading" className={card}>
        <h2 id="webhooks-heading" className="mb-4 text-xl font-bold">
          {t("webhooks")}
        </h2>
        <WebhookPanel
          webhooks={webhooks.map((hook) => ({
            id: hook.id,
            url: hook.url,
            events: hook.events.map((event) => eventType.parse(event)),
            disabled: hook.disabledAt && dateTimeFormat.format(hook.disabledAt),
            deliveries: hook.deliveries.map((delivery) => ({
              id: delivery.id,
              event: eventType.parse(delivery.eventType),
              status: delivery.status,
              attempts: delivery.attempts,
              when: dateTimeFormat.format(delivery.deliveredAt ?? delivery.createdAt),
              last:
                delivery.status === "DELIVERED"
                  ? null
                  : delivery.lastStatus !== null
                    ? t("webhookAnswered", { status: delivery.lastStatus })
                    : delivery.lastError && say(delivery.lastError),
            })),
          }))}
        />
      </section>
    </>
  );
}
