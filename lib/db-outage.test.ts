// The error shapes an outage arrives in, as probed against a refused port and killed backends
// (Prisma 6.19 on @prisma/adapter-pg), and errors that must stay bugs.
import { describe, expect, it } from "vitest";
import { databaseOutage, outageMessage } from "@/lib/db-outage";

const adapterError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid invocation"), {
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("databaseOutage", () => {
  it.each([
    ["a refused connection (model query)", adapterError("P1001", { kind: "DatabaseNotReachable" })],
    ["a refused connection (raw query)", adapterError("P2010", { kind: "DatabaseNotReachable" })],
    ["a full pool", { code: "P2024", message: "Timed out fetching a new connection" }],
    ["too many connections", adapterError("P2010", { kind: "TooManyConnections" })],
    ["a server starting up", adapterError("P2010", { kind: "postgres", originalCode: "57P03" })],
    ["the pool's connect timeout", new Error("timeout exceeded when trying to connect")],
  ])("calls %s unreachable", (_name, error) => {
    expect(databaseOutage(error)).toBe("unreachable");
  });

  it.each([
    ["a killed backend", adapterError("P2010", { kind: "postgres", originalCode: "57P01" })],
    ["a crash shutdown", adapterError("P2010", { kind: "postgres", originalCode: "57P02" })],
    ["a reset socket", adapterError("P2010", { kind: "ConnectionClosed" })],
    ["a closed connection", { code: "P1017" }],
    ["the pool's lost connection", new Error("Connection terminated unexpectedly")],
    ["a wrapped one", new Error("outer", { cause: new Error("Connection terminated") })],
  ])("calls %s lost", (_name, error) => {
    expect(databaseOutage(error)).toBe("lost");
  });

  it.each([
    ["a unique violation", { code: "P2002" }],
    ["division by zero", adapterError("P2010", { kind: "postgres", originalCode: "22012" })],
    ["a plain bug", new TypeError("x is undefined")],
    ["a string", "boom"],
    ["null", null],
  ])("leaves %s alone", (_name, error) => {
    expect(databaseOutage(error)).toBeNull();
  });

  it("tells a write whether it may have been saved", () => {
    expect(outageMessage("unreachable", true)).toMatch(/nothing was saved/);
    expect(outageMessage("lost", true)).toMatch(/may or may not have been saved/);
    expect(outageMessage("lost", false)).not.toMatch(/saved/);
  });
});
