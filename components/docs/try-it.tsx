"use client";
import { useId, useState } from "react";

type Props = {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  exampleBody?: string;
};

type Result = { status: number; requestId: string | null; body: string };

/**
 * Sends one request from the docs page: with the parent's session cookie when signed in (same
 * origin, so changes are allowed), or with a token pasted here (kept only in this page's memory).
 */
export function TryIt({ method, path, pathParams, queryParams, exampleBody }: Props) {
  const id = useId();
  const [values, setValues] = useState<Record<string, string>>({});
  const [token, setToken] = useState("");
  const [body, setBody] = useState(exampleBody ?? "");
  const [result, setResult] = useState<Result | null>(null);
  const [sending, setSending] = useState(false);

  async function send() {
    setSending(true);
    let url = path;
    for (const name of pathParams)
      url = url.replace(`{${name}}`, encodeURIComponent(values[name] ?? ""));
    const query = new URLSearchParams();
    for (const name of queryParams) if (values[name]) query.set(name, values[name]);
    if (query.size) url += `?${query}`;
    const headers: Record<string, string> = {};
    if (token.trim()) headers.Authorization = `Bearer ${token.trim()}`;
    if (exampleBody !== undefined) headers["Content-Type"] = "application/json";
    try {
      const response = await fetch(url, {
        method,
        headers,
        body: exampleBody !== undefined ? body : undefined,
        credentials: "same-origin",
      });
      const text = await response.text();
      let pretty = text;
      try {
        pretty = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Not JSON: show as is.
      }
      setResult({
        status: response.status,
        requestId: response.headers.get("x-request-id"),
        body: pretty,
      });
    } catch {
      setResult({ status: 0, requestId: null, body: "The request did not reach the server." });
    } finally {
      setSending(false);
    }
  }

  const input = "min-h-11 rounded-xl border-2 border-stone-300 bg-white px-3 font-mono text-sm";
  return (
    <details className="rounded-2xl bg-sky-50 p-4 ring-1 ring-sky-200">
      <summary className="cursor-pointer font-bold text-sky-900">Try it</summary>
      <div className="mt-3 flex flex-col gap-3">
        {[...pathParams, ...queryParams].map((name) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`${id}-${name}`} className="text-sm font-semibold">
              {name}
              {pathParams.includes(name) ? " (in the path)" : " (query, optional)"}
            </label>
            <input
              id={`${id}-${name}`}
              className={input}
              value={values[name] ?? ""}
              onChange={(e) => setValues({ ...values, [name]: e.target.value })}
            />
          </div>
        ))}
        {exampleBody !== undefined && (
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-body`} className="text-sm font-semibold">
              Body (JSON)
            </label>
            <textarea
              id={`${id}-body`}
              className={`${input} min-h-40 py-2`}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              spellCheck={false}
            />
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-token`} className="text-sm font-semibold">
            API token (leave empty to use your sign-in)
          </label>
          <input
            id={`${id}-token`}
            type="password"
            autoComplete="off"
            className={input}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </div>
        <button
          type="button"
          onClick={send}
          disabled={sending}
          className="min-h-11 self-start rounded-full bg-sky-700 px-5 font-bold text-white disabled:opacity-60"
        >
          {sending ? "Sending…" : `Send ${method}`}
        </button>
        {result && (
          <div role="status" className="flex flex-col gap-1">
            <p className="font-semibold">
              Answer: {result.status || "no answer"}
              {result.requestId && (
                <span className="font-normal text-ink-700"> · request id {result.requestId}</span>
              )}
            </p>
            <pre
              tabIndex={0}
              className="max-h-96 overflow-auto rounded-xl bg-stone-900 p-3 text-sm text-stone-100"
            >
              {result.body}
            </pre>
          </div>
        )}
      </div>
    </details>
  );
}
