"use client";
import { ActionButton } from "@/components/ui/action-button";
import { removeParentAction } from "@/lib/families/actions";

/**
 * Removing a parent ends their access at once, so it asks first, in words that say what happens
 * (and what does not: the history they made stays).
 */
export function RemoveParentButton({ memberId, name }: { memberId: string; name: string }) {
  return (
    <ActionButton
      action={removeParentAction}
      fields={{ memberId }}
      variant="quiet"
      confirm={{
        title: `Remove ${name} from the family?`,
        description: `${name} will be signed out everywhere and can no longer see the family. Their API tokens and open invitations stop working. What they did stays in the history.`,
        confirmLabel: `Remove ${name}`,
      }}
    >
      Remove {name}
    </ActionButton>
  );
}
