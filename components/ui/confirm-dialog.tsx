"use client";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

export type Confirmation = {
  /** A question: "Archive Mia?" */
  title: string;
  /** What happens, and what does not: "Her history stays; you can restore her any time." */
  description: string;
  /** The verb on the button that does it: "Archive Mia". */
  confirmLabel: string;
};

/**
 * Asks before a destructive action (issue 17), on Radix's alert dialog: focus moves into it and
 * back, Escape cancels, screen readers hear the question and what it means. Cancel is focused
 * first, so Enter never destroys by accident.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  confirmation,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  confirmation: Confirmation;
  onConfirm: () => void;
}) {
  const t = useTranslations("ui");
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 flex w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-3xl bg-white p-6 shadow-2xl">
          <AlertDialog.Title className="text-xl font-extrabold">
            {confirmation.title}
          </AlertDialog.Title>
          <AlertDialog.Description className="text-ink-700">
            {confirmation.description}
          </AlertDialog.Description>
          <div className="flex flex-wrap justify-end gap-3">
            <AlertDialog.Cancel className={buttonClasses("secondary", "sm")}>
              {t("cancel")}
            </AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClasses("destructive", "sm")} onClick={onConfirm}>
              {confirmation.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
