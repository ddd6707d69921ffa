"use client";
import { useActionState } from "react";
import { Avatar } from "@/components/family/avatar";
import { AvatarPicker } from "@/components/family/avatar-picker";
import { ActionButton } from "@/components/forms/action-button";
import { Field } from "@/components/forms/field";
import { FormStatus, fieldError, typedValue } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  archiveKidAction,
  clearKidPinAction,
  restoreKidAction,
  setKidPinAction,
  updateKidAction,
} from "@/lib/families/actions";
import type { MemberView } from "@/lib/families/queries";

export function KidCard({ kid }: { kid: MemberView }) {
  const [editState, editAction] = useActionState(updateKidAction, null);
  const [pinState, pinAction] = useActionState(setKidPinAction, null);
  return (
    <li
      className={`flex flex-col gap-4 rounded-3xl bg-white p-5 shadow ring-1 ring-black/5 ${kid.archived ? "opacity-75" : ""}`}
    >
      <div className="flex items-center gap-4">
        <Avatar emoji={kid.avatarEmoji} color={kid.avatarColor} />
        <div className="flex-1">
          <p className="text-lg font-bold">{kid.displayName}</p>
          <p className="text-sm text-ink-700">
            {kid.archived ? "Archived" : kid.hasPin ? "🔒 Has a PIN" : "No PIN"}
          </p>
        </div>
      </div>

      {!kid.archived && (
        <>
          <details className="rounded-2xl bg-sun-50 p-4">
            <summary className="cursor-pointer font-semibold">Edit name and picture</summary>
            <form action={editAction} className="mt-4 flex flex-col gap-4" noValidate>
              <FormStatus state={editState} />
              <input type="hidden" name="kidId" value={kid.id} />
              <Field
                id={`name-${kid.id}`}
                label="Name"
                name="displayName"
                required
                maxLength={80}
                defaultValue={typedValue(editState, "displayName") ?? kid.displayName}
                error={fieldError(editState, "displayName")}
              />
              <AvatarPicker idPrefix={kid.id} emoji={kid.avatarEmoji} color={kid.avatarColor} />
              <SubmitButton>Save</SubmitButton>
            </form>
          </details>

          <details className="rounded-2xl bg-sun-50 p-4">
            <summary className="cursor-pointer font-semibold">
              {kid.hasPin ? "Change or remove PIN" : "Set a PIN"}
            </summary>
            <form action={pinAction} className="mt-4 flex flex-col gap-4" noValidate>
              <FormStatus state={pinState} />
              <input type="hidden" name="kidId" value={kid.id} />
              <Field
                id={`pin-${kid.id}`}
                label="New 4-digit PIN"
                name="pin"
                inputMode="numeric"
                autoComplete="off"
                pattern="[0-9]{4}"
                maxLength={4}
                required
                error={fieldError(pinState, "pin")}
              />
              <SubmitButton>Save PIN</SubmitButton>
            </form>
            {kid.hasPin && (
              <div className="mt-3">
                <ActionButton
                  action={clearKidPinAction}
                  fields={{ kidId: kid.id }}
                  variant="danger"
                >
                  Remove PIN
                </ActionButton>
              </div>
            )}
          </details>
        </>
      )}

      <ActionButton
        action={kid.archived ? restoreKidAction : archiveKidAction}
        fields={{ kidId: kid.id }}
        variant={kid.archived ? "secondary" : "danger"}
      >
        {kid.archived ? `Restore ${kid.displayName}` : `Archive ${kid.displayName}`}
      </ActionButton>
    </li>
  );
}
