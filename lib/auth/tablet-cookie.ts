// The family tablet's cookie: its name, and whether a request carries it. Here, below both the
// parents' session (lib/auth/session.ts and the API's caller refuse a tablet) and the tablet's own
// (lib/tablet/session.ts, which builds on auth), so the parents' side never imports the tablet's.
import "server-only";
import { cookies } from "next/headers";

export const TABLET_COOKIE = "family-tablet";

/** Is this request from a device in tablet mode? (Cookie presence is enough to refuse parents.) */
export async function isFamilyTablet(): Promise<boolean> {
  return (await cookies()).has(TABLET_COOKIE);
}
