// Security-relevant events (SECURITY.md #21): one JSON line each, never a password, hash, token or
// email address. Collected by whatever reads the app's stdout.
type Fields = Record<string, string | number | boolean | null | undefined>;

export function logSecurityEvent(event: string, fields: Fields = {}) {
  console.info(
    JSON.stringify({
      level: "info",
      type: "security",
      event,
      at: new Date().toISOString(),
      ...fields,
    }),
  );
}
