// A calendar feed (issue 19): /calendar/<secret>.ics, for a calendar app to subscribe to. The
// secret is the only key: unknown or revoked answers 404, the same. Private: never cached by a
// shared cache, never indexed, never sent on as a referrer.
import { env } from "@/lib/env";
import { feedCalendar } from "@/lib/calendar/queries";
import { databaseOutage } from "@/lib/db-outage";

export async function GET(_request: Request, { params }: RouteContext<"/calendar/[token]">) {
  const token = (await params).token.replace(/\.ics$/, "");
  const host = env().PUBLIC_URL ? new URL(env().PUBLIC_URL!).host : "family-routines.invalid";
  const headers = { "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };
  try {
    const calendar = /^[\w-]{20,100}$/.test(token) ? await feedCalendar(token, host) : null;
    if (!calendar)
      return new Response("Not found", {
        status: 404,
        headers: { ...headers, "Cache-Control": "no-store" },
      });
    return new Response(calendar, {
      headers: {
        ...headers,
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'inline; filename="routines.ics"',
        "Cache-Control": "private, max-age=300",
      },
    });
  } catch (error) {
    if (!databaseOutage(error)) throw error;
    return new Response("The database cannot be reached right now.", {
      status: 503,
      headers: { ...headers, "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
}
