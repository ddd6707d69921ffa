"use client";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { removeParentAction } from "@/lib/families/actions";

/**
 * Removing a parent ends their access at once, so it asks first, in words that say what happens
 * (and what does not: the history they made stays).
 */
export function RemoveParentButton({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("family.parents");
  return (
    <ActionButton
      action={removeParentAction}
      fields={{ memberId }}
      variant="quiet"
      confirm={{
        title: t("removeTitle", { name }),
        description: t("removeDescription", { name }),
        confirmLabel: t("remove", { name }),
      }}
    >
      {t("remove", { name })}
    </ActionButton>
  );
}
