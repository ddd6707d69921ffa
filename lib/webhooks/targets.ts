// Where a webhook may go (issue 19). At home the receiver is usually on the home network (Home
// Assistant on 192.168.x.x), so private addresses are allowed by default. A hosted, many-family
// deployment sets WEBHOOKS_ALLOW_PRIVATE_TARGETS=false: then a URL whose name resolves to a
// loopback, private, link-local or otherwise internal address is refused, at creation and again
// before every delivery (a name can change what it points at), so nobody can make the server
// call its own internal network (SSRF).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  INTERNAL.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  INTERNAL.addSubnet(network, prefix, "ipv6");

/** An address inside a private or special-use range (IPv4-mapped IPv6 counts as its IPv4). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INTERNAL.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return INTERNAL.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Why this URL may not receive webhooks here, or null. */
export async function targetProblem(
  raw: string,
  options: { allowPrivate: boolean; resolve?: (host: string) => Promise<string[]> },
): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter a full web address, like https://example.com/hook.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "Use an http:// or https:// address.";
  if (url.username || url.password) return "Leave the user name and password out of the address.";
  if (options.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const resolve =
    options.resolve ??
    (async (name: string) => (await lookup(name, { all: true })).map((entry) => entry.address));
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return "That address does not resolve to a server.";
  }
  if (addresses.length === 0 || addresses.some(isInternalAddress))
    return "This server does not send webhooks to internal network addresses.";
  return null;
}
