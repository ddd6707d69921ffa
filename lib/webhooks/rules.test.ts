// Webhook signatures and where webhooks may go (issue 19).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { newWebhookSecret, signatureHeader, verifySignature } from "@/lib/webhooks/rules";
import { isInternalAddress, targetProblem } from "@/lib/webhooks/targets";

describe("signatures", () => {
  const secret = newWebhookSecret();
  const now = new Date("2026-11-30T12:00:00Z");

  it("verify for exactly the body, the secret and the replay window", () => {
    const body = '{"type":"routine.completed"}';
    const header = signatureHeader(secret, body, now);
    expect(header).toMatch(/^t=1796040000,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, header, body, now)).toBe(true);
    expect(verifySignature(secret, header, `${body} `, now)).toBe(false);
    expect(verifySignature(newWebhookSecret(), header, body, now)).toBe(false);
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(verifySignature(secret, header, body, later(299))).toBe(true);
    expect(verifySignature(secret, header, body, later(301))).toBe(false); // a replay
    expect(verifySignature(secret, undefined, body, now)).toBe(false);
    expect(verifySignature(secret, "t=1796040000,v1=zz", body, now)).toBe(false);
  });

  it("never verify a body they were not made for", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(verifySignature(secret, signatureHeader(secret, a, now), b, now)).toBe(false);
      }),
    );
  });

  it("make a new secret each time", () => {
    expect(newWebhookSecret()).toMatch(/^whsec_[\w-]{32}$/);
    expect(newWebhookSecret()).not.toBe(newWebhookSecret());
  });
});

describe("webhook targets", () => {
  it("know the internal addresses", () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.10",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "not-an-address",
    ])
      expect(isInternalAddress(address), address).toBe(true);
    for (const address of ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"])
      expect(isInternalAddress(address), address).toBe(false);
  });

  it("are refused on a hosted server when they point inside; allowed at home", async () => {
    const resolve = async (host: string) =>
      host === "ha.local"
        ? ["192.168.1.5"]
        : host === "rebind.example"
          ? ["1.1.1.1", "10.0.0.1"]
          : ["93.184.216.34"];
    const hosted = { allowPrivate: false, resolve };
    const home = { allowPrivate: true, resolve };
    expect(await targetProblem("https://hooks.example/x", hosted)).toBeNull();
    expect(await targetProblem("http://ha.local:8123/api/webhook/x", home)).toBeNull();
    expect(await targetProblem("http://ha.local:8123/api/webhook/x", hosted)).toMatch(/internal/);
    expect(await targetProblem("https://rebind.example/", hosted)).toMatch(/internal/);
    expect(await targetProblem("http://[::1]/", hosted)).toMatch(/internal/);
    expect(await targetProblem("http://169.254.169.254/latest", hosted)).toMatch(/internal/);
    expect(await targetProblem("ftp://example.com/", home)).toMatch(/http/);
    expect(await targetProblem("https://user:pw@example.com/", home)).toMatch(/password/);
    expect(await targetProblem("not a url", home)).toMatch(/full web address/);
  });
});
