// Where the family tablet finds this computer on the home network.
import { networkInterfaces } from "node:os";

/** This computer's IPv4 addresses on its networks (not loopback, not link-local). */
export function homeNetworkAddresses(interfaces = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === "IPv4" && !entry.internal)
    .map((entry) => entry.address)
    .filter((address) => !address.startsWith("169.254."));
}
