"use client";
import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { Field } from "@/components/forms/field";
import { FormStatus, fieldError } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { enableTabletAction, revokeTabletAction } from "@/lib/tablet/actions";

type Tablet = { id: string; name: string; since: string; by: string };

export function TabletPanel({ tablets }: { tablets: Tablet[] }) {
  const [state, action] = useActionState(enableTabletAction, null);
  return (
    <div className="flex flex-col gap-5">
      <form action={action} className="flex flex-col gap-3" noValidate>
        <p className="text-ink-700">
          Turn this device into the kids’ tablet: they pick their face and check off their routines.
          You are signed out here; leaving tablet mode needs a parent’s email and password.
        </p>
        <FormStatus state={state} />
        <Field
          id="tablet-name"
          label="Tablet name"
          name="name"
          defaultValue="Kitchen tablet"
          maxLength={40}
          required
          error={fieldError(state, "name")}
        />
        <SubmitButton pendingLabel="Switching…">Use this device as the family tablet</SubmitButton>
      </form>
      <div>
        <h3 className="font-bold">Tablets in use</h3>
        {tablets.length === 0 ? (
          <p className="text-ink-700">None.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3">
            {tablets.map((tablet) => (
              <li
                key={tablet.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
              >
                <span>
                  <strong>{tablet.name}</strong>, since {tablet.since} (by {tablet.by})
                </span>
                <ActionButton
                  action={revokeTabletAction}
                  fields={{ deviceId: tablet.id }}
                  variant="danger"
                >
                  Sign out {tablet.name}
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
