// Answers of the small JSON endpoints outside the versioned API (a trigger address, a
// notification's Approve and Deny): never cached, and a GET told to POST.

export const noStoreJson = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

export const postOnly = () =>
  noStoreJson(405, { error: "method_not_allowed", message: "Send a POST." }, { Allow: "POST" });
