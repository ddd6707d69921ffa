"use client";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionState } from "@/lib/actions/validated-action";

type Action = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

type Props = {
  archived: boolean;
  archive: Action;
  restore: Action;
  fields: Record<string, string>;
  /** How the question names it: "“Morning”", "Nora". */
  name: string;
  /** What archiving does, what it keeps, and that it can be undone: the question says it. */
  consequence: string;
  /** The buttons' words, when "Archive" and "Restore" alone would be unclear in a list. */
  labels?: { archive: string; restore: string };
};

/**
 * Archive (asks first: kids lose it on the tablet) or restore (does not need to). Kids, routines
 * and habits are archived, never deleted: their history stays.
 */
export function ArchiveButton({
  archived,
  archive,
  restore,
  fields,
  name,
  consequence,
  labels: given,
}: Props) {
  const t = useTranslations("ui.archive");
  const labels = given ?? { archive: t("archive"), restore: t("restore") };
  return (
    <ActionButton
      action={archived ? restore : archive}
      fields={fields}
      variant={archived ? "secondary" : "destructive"}
      confirm={
        archived
          ? undefined
          : {
              title: t("question", { name }),
              description: consequence,
              confirmLabel: labels.archive,
            }
      }
    >
      {archived ? labels.restore : labels.archive}
    </ActionButton>
  );
}
