import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  THROTTLE_MAX_FAILURES,
  THROTTLE_WINDOW_MS,
  isValidPin,
  minutesToWait,
  normaliseEmail,
  passwordProblem,
  recordFailure,
  throttleState,
  type ThrottleRecord,
} from "@/lib/auth/rules";

describe("password policy", () => {
  it("accepts 8 to 128 characters", () => {
    expect(passwordProblem("sunny-breakfast-42")).toBeNull();
    expect(passwordProblem("a".repeat(7) + "b")).toBeNull();
    expect(passwordProblem("x".repeat(128))).toBeNull();
    expect(passwordProblem("short1!")).toMatch(/at least 8/);
    expect(passwordProblem("x".repeat(129))).toMatch(/at most 128/);
  });

  it("counts characters as people do, not UTF-16 units", () => {
    expect(passwordProblem("🦊🦊🦊🦊🦊🦊🦊")).toMatch(/at least 8/); // 7 foxes, 14 code units
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

describe("login throttling window", () => {
  const start = new Date("2026-11-27T10:00:00Z");
  const at = (ms: number) => new Date(start.getTime() + ms);

  it("blocks after 10 failures within 15 minutes, for the rest of the window", () => {
    let record: ThrottleRecord | null = null;
    for (let i = 0; i < THROTTLE_MAX_FAILURES - 1; i++)
      record = recordFailure(record, at(i * 1000));
    expect(throttleState(record, at(10_000))).toEqual({ blocked: false });
    record = recordFailure(record, at(10_000));
    expect(record.failures).toBe(10);
    const state = throttleState(record, at(60_000));
    expect(state).toEqual({
      blocked: true,
      retryAfterSeconds: (THROTTLE_WINDOW_MS - 60_000) / 1000,
    });
    expect(throttleState(record, at(THROTTLE_WINDOW_MS))).toEqual({ blocked: false });
  });

  it("starts counting again once the window has passed", () => {
    const old: ThrottleRecord = { failures: 9, windowStartedAt: start };
    expect(recordFailure(old, at(THROTTLE_WINDOW_MS + 1))).toEqual({
      failures: 1,
      windowStartedAt: at(THROTTLE_WINDOW_MS + 1),
    });
  });

  it("never blocks for longer than the window, and only from the 10th failure", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * 60_000 }), { maxLength: 40 }), (gaps) => {
        let record: ThrottleRecord | null = null;
        let now = start.getTime();
        for (const gap of gaps) {
          now += gap;
          record = recordFailure(record, new Date(now));
          const state = throttleState(record, new Date(now));
          if (state.blocked) {
            expect(record.failures).toBeGreaterThanOrEqual(THROTTLE_MAX_FAILURES);
            expect(state.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE_WINDOW_MS / 1000);
          } else {
            expect(record.failures).toBeLessThan(THROTTLE_MAX_FAILURES);
          }
        }
      }),
    );
  });

  it("rounds the wait up to whole minutes, at least one", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(900)).toBe(15);
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
