// Recording the SQL statements the app's Prisma client sends while some work runs (the client
// emits query events in tests, see lib/db.ts). Prisma offers no way to remove a listener, so one
// listener is attached once and writes to whichever recording is active.
import { db } from "@/lib/db";

let recording: string[] | null = null;
let attached = false;

export async function recordStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  if (!attached) {
    (db as unknown as { $on: (e: "query", l: (event: { query: string }) => void) => void }).$on(
      "query",
      (event) => recording?.push(event.query),
    );
    attached = true;
  }
  const statements: string[] = [];
  recording = statements;
  try {
    return { result: await work(), statements };
  } finally {
    recording = null;
  }
}

/** How many statements `work` sent, and its result. */
export async function countStatements<T>(work: () => Promise<T>) {
  const { result, statements } = await recordStatements(work);
  return { result, statements: statements.length };
}
