import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PASSWORD_CONFIRMATION,
  SIGN_IN,
  SIGN_UP_GLOBAL,
  SIGN_UP_PER_ADDRESS,
  TABLET_EXIT,
  attemptVerdict,
  countAttempt,
  isValidPin,
  minutesToWait,
  normaliseEmail,
  passwordProblem,
  tooManyAttempts,
  type AttemptWindow,
} from "@/lib/auth/rules";

describe("password policy", () => {
  it("accepts 8 to 128 characters", () => {
    expect(passwordProblem("sunny-breakfast-42")).toBeNull();
    expect(passwordProblem("a".repeat(7) + "b")).toBeNull();
    expect(passwordProblem("x".repeat(128))).toBeNull();
    expect(String(passwordProblem("short1!"))).toBe("Use at least 8 characters.");
    expect(String(passwordProblem("x".repeat(129)))).toBe("Use at most 128 characters.");
  });

  it("counts characters as people do, not UTF-16 units", () => {
    expect(String(passwordProblem("🦊🦊🦊🦊🦊🦊🦊"))).toMatch(/at least 8/); // 7 foxes, 14 code units
    expect(passwordProblem("🦊🦊🦊🦊🦊🦊🦊🦊")).toBeNull();
  });

  it("refuses very common passwords whatever their case", () => {
    for (const common of ["password", "Password1", "12345678", "QWERTYUIOP", "iloveyou"]) {
      expect(passwordProblem(common)).toMatch(/most common/);
    }
  });

  it("refuses the email's own name as password", () => {
    expect(passwordProblem("maria.lopez", { email: "maria.lopez@example.com" })).toMatch(/email/);
    expect(passwordProblem("maria.lopez.2026", { email: "maria.lopez@example.com" })).toBeNull();
  });
});

describe("attempt limits", () => {
  const start = new Date("2026-11-27T10:00:00Z");
  const at = (ms: number) => new Date(start.getTime() + ms);
  const limits = [SIGN_IN, TABLET_EXIT, PASSWORD_CONFIRMATION, SIGN_UP_PER_ADDRESS, SIGN_UP_GLOBAL];

  it("keeps SECURITY.md's sign-in limit: 10 attempts per 15 minutes", () => {
    expect(SIGN_IN).toMatchObject({ max: 10, windowMs: 15 * 60_000 });
    for (const limit of [TABLET_EXIT, PASSWORD_CONFIRMATION]) expect(limit.max).toBe(10);
    expect(new Set(limits.map((l) => l.purpose)).size).toBe(limits.length);
  });

  it("lets the first 10 attempts of a window through and refuses the 11th for the rest of it", () => {
    let window: AttemptWindow | null = null;
    for (let i = 1; i <= 10; i++) {
      window = countAttempt(window, at((i - 1) * 1000), SIGN_IN);
      expect(attemptVerdict(window, at((i - 1) * 1000), SIGN_IN)).toMatchObject({
        allowed: true,
        attemptsLeft: 10 - i,
      });
    }
    window = countAttempt(window, at(60_000), SIGN_IN);
    expect(attemptVerdict(window, at(60_000), SIGN_IN)).toEqual({
      allowed: false,
      attemptsLeft: 0,
      retryAfterSeconds: (SIGN_IN.windowMs - 60_000) / 1000,
    });
  });

  it("starts counting again once the window has passed", () => {
    const old: AttemptWindow = { attempts: 40, windowStartedAt: start };
    const next = countAttempt(old, at(SIGN_IN.windowMs), SIGN_IN);
    expect(next).toEqual({ attempts: 1, windowStartedAt: at(SIGN_IN.windowMs) });
    expect(attemptVerdict(next, at(SIGN_IN.windowMs), SIGN_IN).allowed).toBe(true);
  });

  it("never lets more than `max` attempts of one window through, and never makes anyone wait longer than the window", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...limits),
        fc.array(fc.integer({ min: 0, max: 20 * 60_000 }), { maxLength: 60 }),
        (limit, gaps) => {
          let window: AttemptWindow | null = null;
          let now = start.getTime();
          const allowedPerWindow = new Map<number, number>();
          for (const gap of gaps) {
            now += gap;
            window = countAttempt(window, new Date(now), limit);
            const verdict = attemptVerdict(window, new Date(now), limit);
            expect(verdict.retryAfterSeconds).toBeLessThanOrEqual(limit.windowMs / 1000);
            expect(verdict.retryAfterSeconds).toBeGreaterThan(0);
            if (verdict.allowed) {
              const key = window.windowStartedAt.getTime();
              allowedPerWindow.set(key, (allowedPerWindow.get(key) ?? 0) + 1);
            }
          }
          for (const count of allowedPerWindow.values())
            expect(count).toBeLessThanOrEqual(limit.max);
        },
      ),
    );
  });

  it("rounds the wait up to whole minutes, at least one", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(900)).toBe(15);
    expect(String(tooManyAttempts(61))).toBe("Too many attempts. Try again in 2 minutes.");
    expect(String(tooManyAttempts(30))).toBe("Too many attempts. Try again in 1 minute.");
  });
});

describe("PIN format and emails", () => {
  it("accepts exactly four digits", () => {
    expect(isValidPin("0042")).toBe(true);
    for (const bad of ["123", "12345", "12a4", " 1234", "١٢٣٤", ""])
      expect(isValidPin(bad)).toBe(false);
  });

  it("normalises emails for case-insensitive comparison", () => {
    expect(normaliseEmail("  Alex@Demo.FAMILY ")).toBe("alex@demo.family");
  });
});
