// In production, refuse to start with a bad environment (missing DATABASE_URL, weak AUTH_SECRET …)
// instead of failing on the first request (SECURITY.md #11). Imported by instrumentation.ts.
import { parseEnv } from "@/lib/env";

if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
  try {
    parseEnv(process.env);
  } catch (error) {
    console.error(`[startup] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
