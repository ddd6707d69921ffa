"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { ShownOnce } from "@/components/ui/shown-once";
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
  const t = useTranslations("family.apiTokens");
  const [state, action] = useActionState(createApiTokenAction, null);
  const secret = state?.ok ? state.data?.token : undefined;
  return (
    <div className="flex flex-col gap-5">
      <p className="text-ink-700">
        {t.rich("intro", {
          link: (chunks) => (
            <Link href="/docs" className="font-semibold text-sky-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <form action={action} className="flex flex-col gap-4" noValidate aria-label={t("formLabel")}>
        {!secret && <FormStatus state={state} />}
        <Field
          id="token-name"
          label={t("name")}
          name="name"
          maxLength={60}
          placeholder={t("namePlaceholder")}
          defaultValue={typedValue(state, "name")}
          error={fieldError(state, "name")}
        />
        <fieldset className="flex flex-col gap-2">
          <legend className="font-semibold">{t("scope")}</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="READ" defaultChecked className="size-5" />
            {t("scopeRead")}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="scope" value="READ_WRITE" className="size-5" />
            {t("scopeReadWrite")}
          </label>
        </fieldset>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="token-expiry" className="font-semibold">
            {t("expires")}
          </label>
          <select id="token-expiry" name="expiresInDays" defaultValue="365" className={select}>
            <option value="30">{t("expiresIn", { days: 30 })}</option>
            <option value="90">{t("expiresIn", { days: 90 })}</option>
            <option value="365">{t("expiresInAYear")}</option>
            <option value="never">{t("expiresNever")}</option>
          </select>
        </div>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </form>
      {secret && (
        <ShownOnce id="api-token" message={state?.message} label={t("newToken")} value={secret}>
          <p className="text-sm text-ink-700">
            {t.rich("howToSend", {
              header: "Authorization: Bearer …",
              code: (chunks) => <code className="font-mono">{chunks}</code>,
            })}
          </p>
          <pre
            tabIndex={0}
            className="overflow-x-auto rounded-xl bg-stone-900 p-3 text-sm text-stone-100"
          >
            {`curl -H "Authorization: Bearer ${secret}" \\\n  ${typeof window === "undefined" ? "" : window.location.origin}/api/v1/family`}
          </pre>
        </ShownOnce>
      )}
      <div>
        <h3 className="font-bold">{t("listTitle")}</h3>
        {tokens.length === 0 ? (
          <p className="text-ink-700">{t("none")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3" aria-label={t("listLabel")}>
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
                      {t(`status.${token.status}`)}
                    </span>
                  </p>
                  <p className="text-sm text-ink-700">
                    {[
                      token.canWrite ? t("readWrite") : t("readOnly"),
                      t("created", { date: token.created, name: token.by }),
                      token.lastUsed ? t("lastUsed", { date: token.lastUsed }) : t("neverUsed"),
                      token.expires &&
                        (token.status === "expired"
                          ? t("expiredOn", { date: token.expires })
                          : t("expiresOn", { date: token.expires })),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
                {token.status === "active" && (
                  <ActionButton
                    action={revokeApiTokenAction}
                    fields={{ tokenId: token.id }}
                    variant="destructive"
                    confirm={{
                      title: t("revokeTitle", { name: token.name }),
                      description: t("revokeDescription"),
                      confirmLabel: t("revokeConfirm"),
                    }}
                  >
                    {t("revoke", { name: token.name })}
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
