// The one way to write a server action: authorize → parse FormData with zod → run → typed state.
// Authorization comes first so a request without a session learns nothing, not even which fields
// are wrong. Known errors become messages; anything else is logged and reported without detail.
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import {
  BusyError,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  NotSignedInError,
} from "@/lib/errors";
import { databaseOutage } from "@/lib/db-outage";
import { logSecurityEvent } from "@/lib/security-log";
import { findUnstorableText } from "@/lib/validation/text";
import { translateState } from "@/lib/i18n/server-messages";
import { Sentence, type Words } from "@/lib/i18n/sentence";
import { atMostCharacters } from "@/lib/validation/text";

export type FieldErrors = Record<string, string[]>;

export type ActionState =
  | { ok: true; message?: string; data?: Record<string, string> }
  | {
      ok: false;
      message: string;
      fieldErrors?: FieldErrors;
      /** What the person typed, so the form can show it again (never passwords or PINs). */
      values?: Record<string, string>;
      /** Facts a screen needs to explain the failure (e.g. when a lock ends). */
      data?: Record<string, string>;
    };

/**
 * What an action's `run` answers: an ActionState whose message may be a Sentence (a name or a
 * day in it); `translateState` turns it into the reader's words before it leaves the server.
 */
export type RunState =
  | (Omit<Extract<ActionState, { ok: true }>, "message"> & { message?: Words })
  | (Omit<Extract<ActionState, { ok: false }>, "message" | "fieldErrors"> & {
      message: Words;
      fieldErrors?: Record<string, Words[]>;
    });

const SECRET_FIELD = /password|pin|token|secret/i;

/**
 * FormData → plain object; repeated keys (checkbox groups) become arrays, and a field that holds
 * only a file is that File (an upload's schema asks for one; every other schema refuses it).
 * Object.fromEntries makes a field named "__proto__" an own key that strict schemas refuse, never
 * a prototype change.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  return Object.fromEntries(
    [...new Set(formData.keys())]
      .filter((key) => !key.startsWith("$ACTION")) // React's own bookkeeping fields
      .map((key) => {
        const all = formData.getAll(key);
        const values = all.filter((v): v is string => typeof v === "string");
        if (values.length === 0 && all.length === 1) return [key, all[0]];
        return [key, values.length > 1 ? values : values[0]];
      }),
  );
}

function echo(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([key, value]) => typeof value === "string" && !SECRET_FIELD.test(key))
      .map(([key, value]) => [key, value as string]),
  );
}

/**
 * Zod's issues by field. A message with a value in it comes back as its Sentence, so a page says
 * it in its reader's words: a custom issue carries it in `params.sentence`, a too-long text is
 * recognised by its limit (lib/validation/text.ts). The API answers `String()` of each.
 */
export function flattenFieldErrors(error: z.ZodError): Record<string, Words[]> {
  const fieldErrors: Record<string, Words[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "form";
    (fieldErrors[key] ??= []).push(issueWords(issue));
  }
  return fieldErrors;
}

function issueWords(issue: z.core.$ZodIssue): Words {
  if (issue.code === "custom" && issue.params?.sentence instanceof Sentence)
    return issue.params.sentence;
  if (issue.code === "too_big" && issue.origin === "string") {
    const limit = atMostCharacters(Number(issue.maximum));
    if (issue.message === String(limit)) return limit;
  }
  return issue.message;
}

export function validatedAction<Schema extends z.ZodType, Context>(options: {
  schema: Schema;
  authorize: () => Promise<Context>;
  run: (input: z.output<Schema>, context: Context) => Promise<RunState | void>;
}) {
  // Every answer in the page's language (issue 18); redirects and not-found pass through.
  return async function action(
    previous: ActionState | null,
    formData: FormData,
  ): Promise<ActionState> {
    return translateState(await attempt(previous, formData));
  };

  async function attempt(_previous: ActionState | null, formData: FormData): Promise<RunState> {
    const raw = formDataToObject(formData);
    try {
      const context = await options.authorize();
      // NUL or a broken character in any field: refused before any schema or query sees it.
      const unstorable = findUnstorableText(raw);
      if (unstorable) {
        return {
          ok: false,
          message: "Please check the highlighted fields.",
          fieldErrors: { [unstorable.path]: [unstorable.problem] },
          values: echo(raw),
        };
      }
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          message: "Please check the highlighted fields.",
          fieldErrors: flattenFieldErrors(parsed.error),
          values: echo(raw),
        };
      }
      return (await options.run(parsed.data, context)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (error instanceof NotSignedInError) {
        logSecurityEvent("access_denied", { reason: "no_session" });
        redirect("/login");
      }
      if (error instanceof ForbiddenError || error instanceof NotFoundError) {
        // A cross-family id surfaces as "not found": worth a line in the security log.
        logSecurityEvent("access_denied", {
          reason: error instanceof ForbiddenError ? "forbidden" : "not_found",
        });
        return { ok: false, message: error.message };
      }
      if (error instanceof BusyError)
        return { ok: false, message: error.message, values: echo(raw) };
      if (error instanceof DomainError) {
        return {
          ok: false,
          message: error.sentence ?? error.message,
          fieldErrors: error.fieldErrors,
          values: echo(raw),
          // A screen offers "reload" for a conflict: by this flag, not by the (translated) words.
          ...(error instanceof ConflictError && { data: { conflict: "1" } }),
        };
      }
      const outage = databaseOutage(error);
      if (outage) {
        console.warn(`[action] database ${outage}`);
        return {
          ok: false,
          message:
            outage === "lost"
              ? "The connection to the server was lost while saving, so this may or may not have been saved. Reload the page to see."
              : "Can't reach the server right now. Nothing you entered is lost: try again in a moment.",
          values: echo(raw),
          data: { unavailable: outage },
        };
      }
      console.error("[action] unexpected error", error);
      return {
        ok: false,
        message: "Something went wrong and nothing was saved. Please try again.",
        values: echo(raw),
      };
    }
  }
}
