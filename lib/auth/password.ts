// Password and PIN hashing: argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1).
// @node-rs/argon2 ships prebuilt binaries inside npm packages, so it installs without a compiler.
//
// Every hash and verification goes through one small bounded queue (SECURITY.md 9b). Each costs
// ~30 ms of a core and 19 MiB; unbounded, 300 parallel sign-ins with unknown emails starved the
// machine and the database pool, and a real sign-in took 5.6 s. With the queue, work beyond what
// the machine can do soon is refused at once with BusyError ("busy, try again"), which costs
// nothing.
import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { BusyError } from "@/lib/errors";

// `Algorithm` is a const enum in the package's types and absent at run time; 2 is Argon2id.
const ARGON2ID_ALGORITHM = 2;

export const ARGON2ID = {
  algorithm: ARGON2ID_ALGORITHM,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * What an unknown email is verified against, so that it costs what a real account costs: the hash
 * of a random password nobody kept, with the same parameters (a unit test checks them). A constant
 * rather than computed at start, so it never waits in the queue below or fails there.
 */
export const UNKNOWN_USER_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$mXAkk65O/1Q0nOmfupM4Ew$OS9UWx38NgvKTPsCJjnQqCnintJNC/iRsXfc3eSTCBA";

/** Hashes running at once: one per core, at most 4 (libuv's default thread pool). */
export const HASHING_CONCURRENCY = Math.min(4, Math.max(1, availableParallelism()));
/** Hashes waiting their turn before new ones are refused: about a quarter second of work. */
export const HASHING_QUEUE = 8 * HASHING_CONCURRENCY;

let running = 0;
const waiting: (() => void)[] = [];
const stats = { hashes: 0, verifications: 0, refused: 0 };

/** What the queue has done in this process: the attempt-limit tests count verifications. */
export function hashingStats(): Readonly<typeof stats> {
  return { ...stats };
}

async function queued<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASHING_CONCURRENCY) {
    if (waiting.length >= HASHING_QUEUE) {
      stats.refused++;
      throw new BusyError();
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next in line, or give it back.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return queued(() => {
    stats.hashes++;
    return hash(password, ARGON2ID);
  });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return queued(async () => {
    stats.verifications++;
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed check, never a crash.
      return false;
    }
  });
}
