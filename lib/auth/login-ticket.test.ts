import { describe, expect, it } from "vitest";
import { issueLoginTicket, readLoginTicket } from "@/lib/auth/login-ticket";

const secret = "x".repeat(16) + "test-secret-for-tickets";
const userId = "5b0c7e3c-8a4e-4c59-9b35-6c1f7c1d2a10";

describe("login tickets", () => {
  it("round-trip the user and session version", () => {
    const ticket = issueLoginTicket(userId, 3, secret, 1_000);
    expect(readLoginTicket(ticket, secret, 2_000)).toMatchObject({ userId, sessionVersion: 3 });
  });

  it("expire after a minute", () => {
    const ticket = issueLoginTicket(userId, 0, secret, 1_000);
    expect(readLoginTicket(ticket, secret, 61_001)).toBeNull();
  });

  it("refuse another secret and any tampering", () => {
    const ticket = issueLoginTicket(userId, 0, secret);
    expect(readLoginTicket(ticket, `${secret}-other`)).toBeNull();
    const [payload, signature] = ticket.split(".");
    const forged = Buffer.from(
      JSON.stringify({ userId, sessionVersion: 99, expiresAt: Date.now() + 1e6 }),
    ).toString("base64url");
    expect(readLoginTicket(`${forged}.${signature}`, secret)).toBeNull();
    expect(readLoginTicket(`${payload}.`, secret)).toBeNull();
    expect(readLoginTicket("garbage", secret)).toBeNull();
  });
});
