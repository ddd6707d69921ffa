"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AvatarPicker } from "@/components/family/avatar-picker";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { addKidAction } from "@/lib/families/actions";
import { freshAvatar } from "@/lib/families/avatars";

/**
 * A new kid: name, picture, colour, optional PIN. The picture and colour start at ones no kid
 * has yet (`kids`, the family's), again after each kid added. `primary`: the page's main action
 * (until a kid exists).
 */
export function AddKidForm({
  kids,
  primary = true,
}: {
  kids: readonly { avatarEmoji: string; avatarColor: string }[];
  primary?: boolean;
}) {
  const t = useTranslations("family.addKid");
  const [state, action] = useActionState(addKidAction, null);
  const fresh = freshAvatar(kids);
  return (
    <form action={action} className="flex flex-col gap-5" noValidate aria-label={t("formLabel")}>
      <FormStatus state={state} />
      <Field
        label={t("name")}
        name="displayName"
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={typedValue(state, "displayName")}
        error={fieldError(state, "displayName")}
      />
      <AvatarPicker
        // A new kid, a fresh start: after each one the picker starts at a free picture again.
        key={kids.length}
        idPrefix="new-kid"
        emoji={typedValue(state, "avatarEmoji") ?? fresh.emoji}
        color={typedValue(state, "avatarColor") ?? fresh.color}
        error={fieldError(state, "avatarEmoji") ?? fieldError(state, "avatarColor")}
      />
      <Field
        label={t("pin")}
        name="pin"
        inputMode="numeric"
        autoComplete="off"
        pattern="[0-9]{4}"
        maxLength={4}
        hint={t("pinHint")}
        error={fieldError(state, "pin")}
      />
      <SubmitButton pendingLabel={t("adding")} variant={primary ? "primary" : "secondary"}>
        {kids.length > 0 ? t("addAnother") : t("add")}
      </SubmitButton>
    </form>
  );
}
