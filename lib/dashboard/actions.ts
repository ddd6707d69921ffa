"use server";
import { requireParent } from "@/lib/auth/session";
import { dashboardStamp } from "@/lib/dashboard/queries";

/**
 * The live dashboard's poll: a short string that changes whenever the dashboard would. Null when
 * the caller is not (or no longer) a parent: the poller then stops.
 */
export async function pollDashboardAction(): Promise<string | null> {
  try {
    const session = await requireParent();
    return await dashboardStamp(session.familyId);
  } catch {
    return null;
  }
}
