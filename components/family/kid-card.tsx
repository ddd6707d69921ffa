"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ArchiveButton } from "@/components/ui/archive-button";
import { Avatar } from "@/components/family/avatar";
import { AvatarPicker } from "@/components/family/avatar-picker";
import { KidLookPanel } from "@/components/family/kid-look-panel";
import { ActionButton } from "@/components/ui/action-button";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  archiveKidAction,
  clearKidPinAction,
  restoreKidAction,
  setKidPinAction,
  updateKidAction,
} from "@/lib/families/actions";
import type { MemberView } from "@/lib/families/queries";

const panel = "rounded-2xl bg-sun-50 p-4";

export function KidCard({ kid }: { kid: MemberView }) {
  const t = useTranslations("family.kid");
  return (
    <li
      className={`flex flex-col gap-4 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5 ${kid.archived ? "opacity-75" : ""}`}
    >
      <div className="flex items-center gap-4">
        <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
        <div className="flex-1">
          <p className="text-lg font-bold">{kid.displayName}</p>
          <p className="text-sm text-ink-700">
            {kid.archived ? t("archived") : kid.hasPin ? t("hasPin") : t("noPin")}
          </p>
        </div>
      </div>
      {!kid.archived && (
        <>
          <KidEditPanel kid={kid} />
          {kid.look && <KidLookPanel kid={{ ...kid, look: kid.look }} className={panel} />}
          {/* Keyed by the PIN state: after a change the panel starts fresh, with no stale message. */}
          <KidPinPanel key={kid.hasPin ? "has-pin" : "no-pin"} kid={kid} />
        </>
      )}
      <ArchiveButton
        archived={kid.archived}
        archive={archiveKidAction}
        restore={restoreKidAction}
        fields={{ kidId: kid.id }}
        name={kid.displayName}
        consequence={t("archiveConsequence", { name: kid.displayName })}
        labels={{
          archive: t("archive", { name: kid.displayName }),
          restore: t("restore", { name: kid.displayName }),
        }}
      />
    </li>
  );
}

function KidEditPanel({ kid }: { kid: MemberView }) {
  const t = useTranslations("family.kid");
  const [state, action] = useActionState(updateKidAction, null);
  return (
    <details className={panel}>
      <summary className="cursor-pointer font-semibold">{t("edit")}</summary>
      <form action={action} className="mt-4 flex flex-col gap-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="kidId" value={kid.id} />
        <Field
          id={`name-${kid.id}`}
          label={t("name")}
          name="displayName"
          required
          maxLength={80}
          defaultValue={typedValue(state, "displayName") ?? kid.displayName}
          error={fieldError(state, "displayName")}
        />
        <AvatarPicker
          idPrefix={kid.id}
          emoji={kid.avatarEmoji}
          color={kid.avatarColor}
          error={fieldError(state, "avatarEmoji") ?? fieldError(state, "avatarColor")}
        />
        <SubmitButton>{t("save")}</SubmitButton>
      </form>
    </details>
  );
}

function KidPinPanel({ kid }: { kid: MemberView }) {
  const t = useTranslations("family.kid");
  const [state, action] = useActionState(setKidPinAction, null);
  return (
    <details className={panel} open={state !== null && !state.ok}>
      <summary className="cursor-pointer font-semibold">
        {kid.hasPin ? t("changePin") : t("setPin")}
      </summary>
      <form action={action} className="mt-4 flex flex-col gap-4" noValidate>
        <FormStatus state={state} />
        <input type="hidden" name="kidId" value={kid.id} />
        <Field
          id={`pin-${kid.id}`}
          label={t("newPin")}
          name="pin"
          inputMode="numeric"
          autoComplete="off"
          pattern="[0-9]{4}"
          maxLength={4}
          required
          error={fieldError(state, "pin")}
        />
        <SubmitButton>{t("savePin")}</SubmitButton>
      </form>
      {kid.hasPin && (
        <div className="mt-3">
          <ActionButton
            action={clearKidPinAction}
            fields={{ kidId: kid.id }}
            variant="destructive"
            confirm={{
              title: t("removePinTitle", { name: kid.displayName }),
              description: t("removePinDescription", { name: kid.displayName }),
              confirmLabel: t("removePinConfirm"),
            }}
          >
            {t("removePin")}
          </ActionButton>
        </div>
      )}
    </details>
  );
}
