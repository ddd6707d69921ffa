"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { CopyField } from "@/components/ui/copy-field";
import { FormStatus } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createInviteAction, revokeInviteAction } from "@/lib/families/actions";

type Invite = {
  id: string;
  createdBy: string;
  expiresAt: string;
  status: string;
  acceptedAt: string | null;
  acceptedBy: { name: string; email: string } | null;
};

export function InvitePanel({ invites }: { invites: Invite[] }) {
  const t = useTranslations("family.invites");
  const [state, action] = useActionState(createInviteAction, null);
  const path = state?.ok ? state.data?.path : undefined;
  const link = path && typeof window !== "undefined" ? `${window.location.origin}${path}` : path;
  const pending = invites.filter((invite) => invite.status === "pending");
  const accepted = invites.filter((invite) => invite.acceptedBy);

  return (
    <div className="flex flex-col gap-5">
      <form action={action} className="flex flex-col gap-3">
        <p className="text-ink-700">{t("intro", { days: 7 })}</p>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
        {state && !state.ok && <FormStatus state={state} />}
      </form>
      {link && (
        <div
          className="flex flex-col gap-2 rounded-2xl bg-green-50 p-4 ring-2 ring-green-600"
          role="status"
        >
          <CopyField id="invite-link" label={t("link")} value={link} />
        </div>
      )}
      <div>
        <h3 className="font-bold">{t("pending")}</h3>
        {pending.length === 0 ? (
          <p className="text-ink-700">{t("none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {pending.map((invite) => (
              <li
                key={invite.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
              >
                <span>{t("createdBy", { name: invite.createdBy, date: invite.expiresAt })}</span>
                <ActionButton
                  action={revokeInviteAction}
                  fields={{ inviteId: invite.id }}
                  variant="destructive"
                  confirm={{
                    title: t("revokeTitle"),
                    description: t("revokeDescription"),
                    confirmLabel: t("revoke"),
                  }}
                >
                  {t("revoke")}
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
      </div>
      {accepted.length > 0 && (
        <div>
          <h3 className="font-bold">{t("used")}</h3>
          <p className="text-sm text-ink-700">{t("usedHint")}</p>
          <ul className="mt-2 flex flex-col gap-2">
            {accepted.map((invite) => (
              <li key={invite.id} className="rounded-2xl bg-sun-50 p-4 break-words">
                {t.rich("joined", {
                  name: invite.acceptedBy!.name,
                  email: invite.acceptedBy!.email,
                  date: invite.acceptedAt ?? "",
                  by: invite.createdBy,
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
