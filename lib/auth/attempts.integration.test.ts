// Attempt limits that hold under parallel requests (SECURITY.md 7, 9, 9a, 9b). Each burst goes
// through the real server action, as a browser's requests would, and counts the argon2
// verifications that actually ran: over the limit, the secret must never be checked.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callAction } from "@/lib/testing/actions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createFamily, createKid, createParent, TEST_PASSWORD } from "@/lib/testing/factories";
import { testDb } from "@/lib/testing/db";
import { setTestCookie, setTestHeaders, signedInAs } from "@/lib/testing/session-mock";

// Behind a trusted proxy, so a test can be its own client address (X-Forwarded-For).
process.env.TRUST_PROXY = "true";
// 300 requests at once queue for the pool's 10 connections; the wait counts against the connect
// timeout (2 s by default), which a loaded CI machine once exceeded. The limits are under test
// here, not the pool: read when the client is first made (env() is lazy), checked below.
process.env.DATABASE_CONNECT_TIMEOUT_MS = "20000";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const auth = await import("@/lib/auth/actions");
const tablet = await import("@/lib/tablet/actions");
const { attemptKey, countAttemptIn, reserveAttempt } = await import("@/lib/auth/attempts");
const { reserveSignUp } = await import("@/lib/auth/credentials");
const { hashPassword, hashingStats, HASHING_CONCURRENCY, HASHING_QUEUE } =
  await import("@/lib/auth/password");
const {
  PASSWORD_CONFIRMATION,
  SIGN_IN,
  SIGN_UP_GLOBAL,
  SIGN_UP_PER_ADDRESS,
  TABLET_EXIT,
  countAttempt,
} = await import("@/lib/auth/rules");
const { enableTablet } = await import("@/lib/tablet/queries");
const { TABLET_COOKIE } = await import("@/lib/auth/tablet-cookie");

// Two clients with their own pools: two app instances on one database.
const instanceA = testDb();
const instanceB = testDb();
afterAll(() => Promise.all([instanceA.$disconnect(), instanceB.$disconnect(), db.$disconnect()]));

const BURST = 300;
const WRONG = "wrong-password-guess";

/** Runs `work` and returns its result with the number of argon2 verifications it caused. */
async function countingVerifications<T>(what: string, work: () => Promise<T>) {
  const before = hashingStats().verifications;
  const started = performance.now();
  const result = await work();
  const verifications = hashingStats().verifications - before;
  console.log(
    `[measure] ${what}: ${BURST} parallel guesses, ${verifications} verifications, ${Math.round(performance.now() - started)} ms`,
  );
  return { result, verifications };
}

/** Resolves once the attempt row for `key` counts at least `n` (the burst passed the limit). */
async function attemptsReach(key: string, n: number) {
  for (let i = 0; i < 400; i++) {
    const row = await db.attemptLimit.findUnique({ where: { key } });
    if (row && row.attempts >= n) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no attempt row reached ${n}`);
}

let family: { id: string };
let parent: Awaited<ReturnType<typeof createParent>>;

beforeAll(async () => {
  expect(env().DATABASE_CONNECT_TIMEOUT_MS).toBe(20_000);
  family = await createFamily(db);
  parent = await createParent(db, family.id);
});

describe("the attempt counter in SQL", () => {
  it("agrees with the pure rules (lib/auth/rules.ts) for any sequence of attempts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20 * 60_000 }), { minLength: 1, maxLength: 25 }),
        async (gaps) => {
          const key = `test:${randomUUID()}`;
          let expected: ReturnType<typeof countAttempt> | null = null;
          let now = Date.now() - 10 * 24 * 60 * 60_000;
          for (const gap of gaps) {
            now += gap;
            expected = countAttempt(expected, new Date(now), SIGN_IN);
            expect(await countAttemptIn(db, key, new Date(now), SIGN_IN)).toEqual(expected);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it("lets exactly 10 of 300 racing attempts through, split between two app instances", async () => {
    const key = attemptKey(SIGN_IN, `${randomUUID()}@example.test`, "direct");
    const now = new Date();
    const reservations = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        reserveAttempt(SIGN_IN, key, now, i % 2 ? instanceA : instanceB),
      ),
    );
    expect(reservations.filter((r) => r.allowed)).toHaveLength(SIGN_IN.max);
    expect((await db.attemptLimit.findUniqueOrThrow({ where: { key } })).attempts).toBe(BURST);
  });

  it("counts a database error as blocked, never as a free attempt", async () => {
    const down = {
      $queryRaw: async () => {
        throw new Error("connection refused");
      },
      attemptLimit: db.attemptLimit,
    } as unknown as Parameters<typeof reserveAttempt>[3];
    expect(await reserveAttempt(SIGN_IN, `test:${randomUUID()}`, new Date(), down)).toMatchObject({
      allowed: false,
      reason: "unavailable",
    });
  });
});

describe("300 parallel guesses", () => {
  it("signing in: at most 10 verifications, and the right password inside the burst is refused", async () => {
    const email = parent.user.email;
    const { result, verifications } = await countingVerifications("sign-in", async () => {
      const burst = Array.from({ length: BURST }, () =>
        callAction(auth.signInAction, { email, password: WRONG }),
      );
      await attemptsReach(attemptKey(SIGN_IN, email, "direct"), SIGN_IN.max + 1);
      const right = await callAction(auth.signInAction, { email, password: TEST_PASSWORD });
      return { right, wrong: await Promise.all(burst) };
    });
    expect(verifications).toBeLessThanOrEqual(SIGN_IN.max);
    expect(result.right).toMatchObject({ ok: false, message: expect.stringMatching(/Too many/) });
    expect(result.wrong.every((answer) => !answer.ok)).toBe(true);
    expect(result.wrong.some((answer) => !answer.ok && /do not match/.test(answer.message))).toBe(
      true,
    );
  });

  it("leaving tablet mode: at most 10 verifications, and the right password is refused", async () => {
    const device = await enableTablet(family.id, parent.member.id, "Kitchen");
    setTestCookie(TABLET_COOKIE, device.token);
    const email = parent.user.email;
    const { result, verifications } = await countingVerifications("tablet exit", async () => {
      const burst = Array.from({ length: BURST }, () =>
        callAction(tablet.exitTabletAction, { email, password: WRONG }),
      );
      await attemptsReach(attemptKey(TABLET_EXIT, email, device.id), 11);
      const right = await callAction(tablet.exitTabletAction, { email, password: TEST_PASSWORD });
      return { right, wrong: await Promise.all(burst) };
    });
    setTestCookie(TABLET_COOKIE, null);
    expect(verifications).toBeLessThanOrEqual(10);
    expect(result.right).toMatchObject({ ok: false, message: expect.stringMatching(/Too many/) });
    const stillEnabled = await db.tabletDevice.findUniqueOrThrow({ where: { id: device.id } });
    expect(stillEnabled.revokedAt).toBeNull();
  });

  it("confirming the password to change it: at most 10 verifications, and the right one is refused", async () => {
    const other = await createParent(db, (await createFamily(db)).id);
    signedInAs(other.user.id, other.user.sessionVersion);
    const change = (currentPassword: string) =>
      callAction(auth.changePasswordAction, {
        currentPassword,
        newPassword: "a-brand-new-password-2026",
      });
    const { result, verifications } = await countingVerifications(
      "password confirmation",
      async () => {
        const burst = Array.from({ length: BURST }, () => change(WRONG));
        await attemptsReach(attemptKey(PASSWORD_CONFIRMATION, other.user.id), 11);
        const right = await change(TEST_PASSWORD);
        return { right, wrong: await Promise.all(burst) };
      },
    );
    expect(verifications).toBeLessThanOrEqual(10);
    expect(result.right).toMatchObject({ ok: false, message: expect.stringMatching(/Too many/) });
    const user = await db.user.findUniqueOrThrow({ where: { id: other.user.id } });
    expect(user.passwordHash).toBe(other.user.passwordHash);
  });

  it("kid PINs: at most 5 checks, the lock holds, and the right PIN during the lock is refused", async () => {
    const device = await enableTablet(family.id, parent.member.id, "Hallway");
    setTestCookie(TABLET_COOKIE, device.token);
    const kid = await createKid(db, family.id, { pinHash: await hashPassword("2468") });
    const unlock = (pin: string) => callAction(tablet.unlockKidAction, { kidId: kid.id, pin });
    const { result, verifications } = await countingVerifications("kid PIN", async () => {
      const wrong = await Promise.all(
        Array.from({ length: BURST }, (_, i) => unlock(String(1000 + i))),
      );
      const right = await unlock("2468");
      return { wrong, right };
    });
    setTestCookie(TABLET_COOKIE, null);
    expect(verifications).toBeLessThanOrEqual(5);
    // The 5th attempt sets the lock as it is counted, so it answers "locked" too.
    expect(result.wrong.filter((answer) => !answer.ok && answer.message === "locked").length).toBe(
      BURST - 4,
    );
    expect(result.right).toMatchObject({ ok: false, message: "locked" });
    const row = await db.familyMember.findUniqueOrThrow({ where: { id: kid.id } });
    expect(row.pinLockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const pass = await db.tabletDevice.findUniqueOrThrow({ where: { id: device.id } });
    expect(pass.kidPassKidId).toBeNull();
  });
});

describe("bounded work", () => {
  it("answers 'busy' when more passwords wait than the hashing queue holds, and the database stays usable", async () => {
    // Unknown emails, each its own attempt key: every one of them is allowed to cost a verification.
    const attempts = HASHING_CONCURRENCY + HASHING_QUEUE + 150;
    const burst = Promise.all(
      Array.from({ length: attempts }, () =>
        callAction(auth.signInAction, {
          email: `nobody-${randomUUID()}@example.test`,
          password: WRONG,
        }),
      ),
    );
    const started = performance.now();
    await db.$queryRaw`SELECT 1`;
    const databaseMs = performance.now() - started;
    const answers = await burst;
    const busy = answers.filter((a) => !a.ok && /Try again in a moment/.test(a.message));
    const wrong = answers.filter((a) => !a.ok && /do not match/.test(a.message));
    console.log(
      `[measure] hashing queue: ${attempts} parallel sign-ins, ${wrong.length} verified, ${busy.length} busy; SELECT 1 meanwhile ${Math.round(databaseMs)} ms`,
    );
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.length + wrong.length).toBe(attempts); // never "Something went wrong"
    expect(databaseMs).toBeLessThan(2_000);
  });

  const everyone = () => attemptKey(SIGN_UP_GLOBAL, "everyone");
  // The browser tests that follow on the same database sign up too: leave the instance's count
  // as it was found, empty.
  afterAll(() => db.attemptLimit.deleteMany({ where: { key: everyone() } }));

  it("limits 100 parallel sign-ups from one address to 20", async () => {
    const tag = randomUUID().slice(0, 8);
    // This test is about one address: the instance-wide count starts empty.
    await db.attemptLimit.deleteMany({ where: { key: everyone() } });
    setTestHeaders({ "x-forwarded-for": `2001:db8::${tag.slice(0, 4)}` });
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        callAction(auth.signUpAction, {
          name: `Burst ${i}`,
          email: `burst-${tag}-${i}@example.test`,
          password: "a-long-enough-password",
        }),
      ),
    );
    const created = await db.user.count({ where: { email: { startsWith: `burst-${tag}-` } } });
    // 20 get past the limit; of those, some may hear "busy" from the hashing queue instead.
    expect(created).toBeLessThanOrEqual(SIGN_UP_PER_ADDRESS.max);
    expect(created).toBeGreaterThan(0);
    expect(answers.filter((a) => !a.ok && /Too many/.test(a.message))).toHaveLength(
      100 - SIGN_UP_PER_ADDRESS.max,
    );
    setTestHeaders({});
  });

  it("limits sign-ups on the whole instance per minute, whatever the addresses", async () => {
    await db.attemptLimit.deleteMany({ where: { key: everyone() } });
    const tag = randomUUID().slice(0, 4);
    const waits = await Promise.all(
      Array.from({ length: 100 }, (_, i) => reserveSignUp(`2001:db8:${tag}::${i}`)),
    );
    expect(waits.filter((wait) => wait === null)).toHaveLength(SIGN_UP_GLOBAL.max);
  });
});
