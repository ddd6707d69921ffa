// Runs once when the server starts. The check lives in a Node-only module so the Edge bundle of
// this file never sees process.exit. Then the process's background work (webhook deliveries,
// issue 19) and its one LISTEN connection for live pages (issue 22), not while `next build` loads
// the app to prerender it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("@/lib/startup-check");
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs } = await import("@/lib/jobs/start");
  startJobs();
  const { startLiveListener } = await import("@/lib/live/hub");
  startLiveListener();
}
