import { expect, test } from "@playwright/test";

test("GET /api/health reports the version, a connected database and the current schema", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toEqual({
    status: "ok",
    version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    environment: "production",
    database: "connected",
    schema: "current",
  });
});
