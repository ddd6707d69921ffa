// Which messages the browser needs: the namespaces (or parts of one) that client components pass
// to useTranslations, found by reading the source. A component runs in the browser when its file
// says "use client" or is imported, however indirectly, by one that does. Used by the test that
// keeps the lists of lib/i18n/client-messages.ts complete and minimal; not by the app.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = ["", ".tsx", ".ts", "/index.tsx", "/index.ts"];

/** The source files (tests left out) under a project folder, project-relative. */
export function projectFiles(dir: string): string[] {
  return sourceFiles(join(root, dir)).map((file) => relative(root, file));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// Type-only imports are left out: they are gone from the bundle.
const IMPORT = [
  /\b(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+["']([^"']+)["']/g,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /^import\s+["']([^"']+)["']/gm,
];

/** The project's files a file imports (packages, styles and JSON left out). */
function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const pattern of IMPORT)
    for (const [, spec] of source.matchAll(pattern)) {
      const base = spec!.startsWith("@/")
        ? join(root, spec!.slice(2))
        : spec!.startsWith(".")
          ? resolve(dirname(file), spec!)
          : null;
      if (!base) continue;
      const hit = EXTENSIONS.map((ext) => base + ext).find(
        (path) => /\.tsx?$/.test(path) && existsSync(path) && statSync(path).isFile(),
      );
      if (hit) found.push(hit);
    }
  return found;
}

export type ClientGraph = {
  /** Client files (project-relative) and the namespaces each passes to useTranslations. */
  namespaces: Map<string, string[]>;
  /** Calls of useTranslations in client files whose namespace is not a string literal. */
  unreadable: string[];
};

/**
 * The client files reachable from `entries` (project-relative paths or directories; all of
 * app/, components/ and lib/ by default) and what they translate.
 */
export function clientGraph(entries: string[] = SOURCE_DIRS): ClientGraph {
  const files = entries.flatMap((entry) => {
    const path = join(root, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
  const sources = new Map<string, string>();
  // Comments out: a comment naming a namespace or an import is neither.
  const read = (file: string) => {
    let source = sources.get(file);
    if (source === undefined)
      sources.set(
        file,
        (source = readFileSync(file, "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/^\s*\/\/.*$/gm, "")),
      );
    return source;
  };
  // From every entry, through server files, to the first client files; from those, everything.
  const client = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const source = read(file);
    // Server actions: the browser gets a reference to call, not the module or what it imports.
    if (inClient && /^\s*["']use server["']/.test(source)) return;
    const isClient = inClient || /^\s*["']use client["']/.test(source);
    const key = `${isClient}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (isClient) client.add(file);
    for (const next of importsOf(file, source)) visit(next, isClient);
  };
  for (const file of files) visit(file, false);

  const namespaces = new Map<string, string[]>();
  const unreadable: string[] = [];
  for (const file of client) {
    const source = read(file);
    const name = relative(root, file);
    const used = [...source.matchAll(/\buseTranslations\(\s*(["'])([^"']+)\1\s*\)/g)].map(
      (match) => match[2]!,
    );
    if (used.length > 0) namespaces.set(name, used);
    const calls = source.match(/\buseTranslations\(/g)?.length ?? 0;
    if (calls > used.length) unreadable.push(name);
  }
  return { namespaces, unreadable };
}

/** The namespaces and parts of namespaces of a graph, without those another one contains. */
export function neededPaths(graph: ClientGraph): string[] {
  const all = new Set([...graph.namespaces.values()].flat());
  return [...all].filter((path) => ![...all].some((other) => path.startsWith(`${other}.`))).sort();
}
