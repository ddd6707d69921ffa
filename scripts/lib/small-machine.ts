// Settings for the Next server of the embedded default (scripts/start.ts), also used by its
// benchmark so both sides of a comparison run alike.

/**
 * The embedded default serves one family, often on a small machine, next to its own database. A
 * smaller connection pool and a bounded V8 heap keep app + database under 300 MB after a minute of
 * load (docs/benchmarks.md); V8 would otherwise let the heap grow to 350 MB
 * before collecting. Whatever the user set wins.
 */
export function smallMachineDefaults(): Record<string, string> {
  return {
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || "4",
    NODE_OPTIONS: process.env.NODE_OPTIONS || "--max-old-space-size=192 --max-semi-space-size=2",
  };
}
