// Password hashing: argon2id with OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1).
// @node-rs/argon2 ships prebuilt binaries inside npm packages, so it installs without a compiler.
import { hash, verify } from "@node-rs/argon2";

// `Algorithm` is a const enum in the package's types and absent at run time; 2 is Argon2id.
const ARGON2ID_ALGORITHM = 2;

const ARGON2ID = {
  algorithm: ARGON2ID_ALGORITHM,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, never a crash.
    return false;
  }
}
