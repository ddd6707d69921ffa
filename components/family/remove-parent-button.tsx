"use client";
import { useActionState, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { removeParentAction } from "@/lib/families/actions";

/**
 * Removing a parent ends their access at once, so it asks first, in words that say what happens
 * (and what does not: the history they made stays).
 */
export function RemoveParentButton({ memberId, name }: { memberId: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const [state, action] = useActionState(removeParentAction, null);
  if (!asking)
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        className="min-h-11 rounded-xl px-3 text-sm font-semibold text-red-800 underline"
      >
        Remove {name}
      </button>
    );
  return (
    <form action={action} className="flex flex-col gap-2 rounded-2xl bg-red-50 p-3">
      <input type="hidden" name="memberId" value={memberId} />
      <p className="text-sm">
        {name} will be signed out everywhere and can no longer see the family. Their API tokens and
        open invitations stop working. What they did stays in the history.
      </p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" pendingLabel="Removing…">
          Remove {name}
        </SubmitButton>
        <button
          type="button"
          onClick={() => setAsking(false)}
          className="min-h-11 rounded-xl px-3 font-semibold underline"
        >
          Keep {name}
        </button>
      </div>
      {state && !state.ok && <FormStatus state={state} />}
    </form>
  );
}
