import { createECDH } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isContactAddress } from "@/lib/env";
import {
  ANSWER_TTL_MS,
  deviceLabel,
  endpointProblem,
  isQuietAt,
  quietUntil,
  readAnswer,
  reminderDueDay,
  signAnswer,
  subscriptionSchema,
  weeklySummaryDue,
} from "@/lib/push/rules";
import { addDays, instantAt, localMinuteAt } from "@/lib/time/rules";

const minute = fc.integer({ min: 0, max: 1439 });

describe("quiet hours", () => {
  it("agree with an independent count of the minutes they cover, wrapping midnight or not", () => {
    fc.assert(
      fc.property(minute, minute, minute, (start, end, at) => {
        fc.pre(start !== end);
        // The window's minutes, walked one by one from its start.
        const covered = new Set<number>();
        for (let m = start; m !== end; m = (m + 1) % 1440) covered.add(m);
        expect(isQuietAt(at, { quietStart: start, quietEnd: end })).toBe(covered.has(at));
      }),
    );
  });

  it("end on the family's clock, after now, and never when there are none", () => {
    const zone = "Europe/Berlin";
    fc.assert(
      fc.property(
        minute,
        minute,
        fc.date({ min: new Date("2026-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }),
        (start, end, now) => {
          fc.pre(start !== end);
          const hours = { quietStart: start, quietEnd: end };
          const until = quietUntil(now, zone, hours);
          if (!isQuietAt(localMinuteAt(now, zone), hours)) {
            expect(until).toBeNull();
            return;
          }
          expect(until!.getTime()).toBeGreaterThan(now.getTime());
          expect(until!.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3600_000);
          // On a DST morning the clock may skip the end minute; then it ends at the first after.
          const shown = localMinuteAt(until!, zone);
          expect(shown === end || shown === (end + 60) % 1440).toBe(true);
        },
      ),
    );
    expect(quietUntil(new Date(), zone, { quietStart: null, quietEnd: null })).toBeNull();
  });

  it("22:00–07:00 across the autumn DST night still ends at 07:00 local", () => {
    const now = instantAt("2026-10-24", 23 * 60, "Europe/Berlin"); // the night clocks go back
    const until = quietUntil(now, "Europe/Berlin", { quietStart: 22 * 60, quietEnd: 7 * 60 });
    expect(until).toEqual(instantAt("2026-10-25", 7 * 60, "Europe/Berlin"));
    expect(until!.getTime() - now.getTime()).toBe(9 * 3600_000); // 8 hours on the clock, 9 real
  });
});

describe("a routine's reminder", () => {
  const zone = "America/New_York";
  const routine = { weekdays: [1, 2, 3, 4, 5], endMinute: 8 * 60 };

  it("is due from the window's end for half an hour, on its weekdays only", () => {
    const monday = "2026-11-30";
    const at = (date: string, m: number) => instantAt(date, m, zone);
    expect(reminderDueDay(routine, at(monday, 479), zone, 0)).toBeNull();
    expect(reminderDueDay(routine, at(monday, 480), zone, 0)).toBe(monday);
    expect(reminderDueDay(routine, at(monday, 509), zone, 0)).toBe(monday);
    expect(reminderDueDay(routine, at(monday, 510), zone, 0)).toBeNull();
    const saturday = "2026-12-05";
    expect(reminderDueDay(routine, at(saturday, 485), zone, 0)).toBeNull();
  });

  it("counts a window in the small hours to the family day it belongs to", () => {
    // The family's day starts at 04:00; a routine ending at 00:30 belongs to the evening before.
    const late = { weekdays: [1], endMinute: 30 };
    const after = instantAt("2026-12-01", 40, zone); // Tuesday 00:40
    expect(reminderDueDay(late, after, zone, 240)).toBe("2026-11-30");
  });

  it("is due at most once per day whatever minute the scheduler runs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 * 1440 }),
        fc.integer({ min: 1, max: 1439 }),
        (offset, end) => {
          const start = instantAt("2026-11-30", 0, zone);
          const days = new Map<string, number>();
          for (let m = offset; m < offset + 1440; m++) {
            const day = reminderDueDay(
              { weekdays: [1, 2, 3, 4, 5, 6, 7], endMinute: end },
              new Date(start.getTime() + m * 60_000),
              zone,
              0,
            );
            if (day) days.set(day, (days.get(day) ?? 0) + 1);
          }
          // Every day it is due, it is due for exactly the 30 minutes after the end (no DST here
          // in this week), so a run per minute and a key per day send it once.
          for (const minutes of days.values()) expect(minutes).toBeLessThanOrEqual(30);
        },
      ),
      { numRuns: 8 },
    );
  }, 30_000);
});

describe("the weekly summary", () => {
  it("is due on the family week's last day from 18:00, naming the week's first day", () => {
    const zone = "Europe/Lisbon";
    // Weeks starting on Monday end on Sunday; on Sunday, on Saturday.
    expect(weeklySummaryDue(instantAt("2026-12-06", 18 * 60, zone), zone, 1, 0)).toBe("2026-11-30");
    expect(weeklySummaryDue(instantAt("2026-12-06", 17 * 60 + 59, zone), zone, 1, 0)).toBeNull();
    expect(weeklySummaryDue(instantAt("2026-12-05", 19 * 60, zone), zone, 1, 0)).toBeNull();
    expect(weeklySummaryDue(instantAt("2026-12-05", 19 * 60, zone), zone, 7, 0)).toBe("2026-11-29");
    expect(weeklySummaryDue(instantAt("2026-12-04", 19 * 60, zone), zone, 6, 0)).toBe("2026-11-28");
  });

  it("falls on exactly one day of every week", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 6, 7),
        fc.integer({ min: 0, max: 400 }),
        (weekStart, shift) => {
          const first = addDays("2026-01-05", shift);
          const due = Array.from({ length: 7 }, (_, i) =>
            weeklySummaryDue(instantAt(addDays(first, i), 20 * 60, "UTC"), "UTC", weekStart, 0),
          ).filter(Boolean);
          expect(due).toHaveLength(1);
        },
      ),
    );
  });
});

describe("a notification's answer token", () => {
  const grant = { requestId: "r", memberId: "m", subscriptionId: "s" };

  it("reads back what was signed, until it expires", () => {
    const now = Date.now();
    const token = signAnswer(grant, "secret-a", now);
    expect(readAnswer(token, "secret-a", now)).toEqual({
      ...grant,
      expiresAt: now + ANSWER_TTL_MS,
    });
    expect(readAnswer(token, "secret-a", now + ANSWER_TTL_MS + 1)).toBeNull();
    expect(readAnswer(token, "secret-b", now)).toBeNull();
  });

  it("refuses any change to a signed token", () => {
    const token = signAnswer(grant, "secret-a");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: token.length - 1 }),
        fc.constantFrom("A", "b", "_", "-"),
        (at, char) => {
          fc.pre(token[at] !== char && token[at] !== ".");
          const changed = token.slice(0, at) + char + token.slice(at + 1);
          expect(readAnswer(changed, "secret-a")).toBeNull();
        },
      ),
    );
  });
});

describe("a subscription", () => {
  const browser = createECDH("prime256v1");
  browser.generateKeys();
  const p256dh = browser.getPublicKey().toString("base64url");
  const auth = Buffer.alloc(16, 1).toString("base64url");

  it("needs a P-256 key and a 16-byte secret", () => {
    const ok = { endpoint: "https://fcm.googleapis.com/fcm/send/abc", keys: { p256dh, auth } };
    expect(subscriptionSchema.safeParse(ok).success).toBe(true);
    expect(subscriptionSchema.safeParse({ ...ok, keys: { p256dh: auth, auth } }).success).toBe(
      false,
    );
    expect(subscriptionSchema.safeParse({ ...ok, keys: { p256dh, auth: p256dh } }).success).toBe(
      false,
    );
    expect(subscriptionSchema.safeParse({ ...ok, endpoint: "ftp://x/y" }).success).toBe(false);
    // 65 bytes, but not a point on the curve: nothing could be encrypted for it.
    const offCurve = Buffer.alloc(65, 4).toString("base64url");
    expect(subscriptionSchema.safeParse({ ...ok, keys: { p256dh: offCurve, auth } }).success).toBe(
      false,
    );
  });

  it("goes to https, or to plain http only on this machine where private targets are allowed", () => {
    expect(
      endpointProblem("https://updates.push.services.mozilla.com/wpush/v2/x", false),
    ).toBeNull();
    expect(endpointProblem("http://127.0.0.1:4000/push/x", true)).toBeNull();
    expect(endpointProblem("http://127.0.0.1:4000/push/x", false)).toMatch(/https/);
    expect(endpointProblem("http://192.168.1.2/push/x", true)).toMatch(/https/);
  });

  it("is named after its browser and system", () => {
    expect(
      deviceLabel(
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
      ),
    ).toBe("Chrome on Android");
    expect(
      deviceLabel(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari on iOS");
    expect(
      deviceLabel("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
    ).toBe("Firefox on Linux");
    expect(
      deviceLabel(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
      ),
    ).toBe("Edge on Windows");
    expect(deviceLabel(null)).toBe("Browser");
  });
});

describe("the push services' contact", () => {
  it("is a mailto on a real domain or an https address", () => {
    expect(isContactAddress("mailto:parents@smith-family.org")).toBe(true);
    expect(isContactAddress("https://routines.smith-family.org")).toBe(true);
    for (const bad of [
      "mailto:admin@localhost",
      "mailto:me@nas.local",
      "mailto:me@example",
      "mailto:nobody",
      "http://routines.smith-family.org",
      "https://localhost:3000",
      "me@smith-family.org",
    ])
      expect(isContactAddress(bad), bad).toBe(false);
  });
});
