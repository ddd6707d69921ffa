"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormStatus, fieldError, typedValue } from "@/components/ui/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api-tokens/actions";

export type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  canWrite: boolean;
  status: "active" | "revoked" | "expired";
  created: string;
  by: string;
  lastUsed: string | null;
  expires: string | null;
};

const select = "min-h-12 rounded-xl border-2 border-stone-300 bg-white px-4 text-lg";

const STATUS_STYLE = {
  active: "bg-green-100 text-green-900",
  revoked: "bg-stone-200 text-stone-800",
  expired: "bg-amber-100 text-amber-900",
};

export function ApiTokenPanel({ tokens }: { tokens: TokenRow[] }) {
  const [state, action] = useActionState(createApiTokenAction, null);
  const secret = state?.ok ? state.data?.token : undefined;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-ink-700">
        Tokens let scripts and home automation read and update your family’s routines and habits
        through the{" "}
        <Link href="/docs" className="font-semibold text-sky-800 underline">
          JSON API
        </Link>
        . Give each script its own token, so you can revoke one without breaking the others.
      </p>
      <form action={action} className="flex flex-col gap-4" noValidate aria-label="New API token">
        {!secret && <FormStatus state={state} />}
        <Field
          id="token-name"
          label="Name"
          name="name"
          maxLength={60}
          placeholder="Home Assistant"
          defaultValue={typedValue(state, "name")}
          error={fieldError(state, "name")}
        />
        <fieldset className="flex flex-col gap-2">
          <legend className="font-semibold">It may</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="READ" defaultChecked className="size-5" />
            Only read (routines, days, habits, streaks)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="READ_WRITE" className="size-5" />
            Read and change (check items off, log habits, edit routines)
          </label>
        </fieldset>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="token-expiry" className="font-semibold">
            Expires
          </label>
          <select id="token-expiry" name="expiresInDays" defaultValue="365" className={select}>
            <option value="30">In 30 days</option>
            <option value="90">In 90 days</option>
            <option value="365">In a year</option>
            <option value="never">Never</option>
          </select>
        </div>
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      </form>
      {secret && (
        <div
          className="flex flex-col gap-2 rounded-2xl bg-green-50 p-4 ring-2 ring-green-600"
          role="status"
        >
          <p className="font-bold">{state?.message}</p>
          <CopyField id="api-token" label="Your new token" value={secret} />
          <p className="text-sm text-ink-700">
            Send it as <code className="font-mono">Authorization: Bearer …</code>, for example:
          </p>
          <pre
            tabIndex={0}
            className="overflow-x-auto rounded-xl bg-stone-900 p-3 text-sm text-stone-100"
          >
            {`curl -H "Authorization: Bearer ${secret}" \\\n  ${typeof window === "undefined" ? "" : window.location.origin}/api/v1/family`}
          </pre>
        </div>
      )}
      <div>
        <h3 className="font-bold">Tokens</h3>
        {tokens.length === 0 ? (
          <p className="text-ink-700">None yet.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3" aria-label="API tokens">
            {tokens.map((token) => (
              <li
                key={token.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-sun-50 p-4"
              >
                <div className="flex flex-col gap-1">
                  <p>
                    <strong>{token.name}</strong>{" "}
                    <code className="font-mono text-sm text-ink-700">{token.prefix}…</code>{" "}
                    <span
                      className={`rounded-full px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[token.status]}`}
                    >
                      {token.status}
                    </span>
                  </p>
                  <p className="text-sm text-ink-700">
                    {token.canWrite ? "Read and change" : "Read only"} · created {token.created} by{" "}
                    {token.by} · {token.lastUsed ? `last used ${token.lastUsed}` : "never used"}
                    {token.expires &&
                      ` · ${token.status === "expired" ? "expired" : "expires"} ${token.expires}`}
                  </p>
                </div>
                {token.status === "active" && (
                  <ActionButton
                    action={revokeApiTokenAction}
                    fields={{ tokenId: token.id }}
                    variant="destructive"
                    confirm={{
                      title: `Revoke “${token.name}”?`,
                      description:
                        "Scripts using this token stop working at once. Other tokens keep working.",
                      confirmLabel: "Revoke",
                    }}
                  >
                    Revoke {token.name}
                  </ActionButton>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
