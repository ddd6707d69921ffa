// Polling for tests that wait on another process or a queue: no database of its own to import.
/** `what()` again every 200 ms until `done` says yes; fails after `ms` with the last value. */
export async function until<T>(what: () => Promise<T>, done: (value: T) => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await what();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
