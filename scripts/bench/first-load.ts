// First-load JavaScript of pages, as a browser downloads it: every <script src> in the page's HTML,
// gzip-compressed (level 9), summed. Run against a production server:
//   npm start   (elsewhere)   then   npm run bench:first-load -- / /other-page
// BASE_URL picks the server (default http://localhost:3000). Results go in docs/benchmarks.md.
import { gzipSync } from "node:zlib";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const paths = process.argv.slice(2).filter((arg) => arg.startsWith("/"));

async function firstLoad(path: string) {
  const response = await fetch(new URL(path, base), { redirect: "manual" });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const html = await response.text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join("");
  return {
    path,
    scripts: new Set(sources).size,
    rawKb: raw / 1024,
    gzipKb: gzip / 1024,
    inlineGzipKb: gzipSync(inline).length / 1024,
    htmlGzipKb: gzipSync(html).length / 1024,
  };
}

for (const path of paths.length ? paths : ["/"]) {
  const r = await firstLoad(path);
  console.log(
    `${r.path}: ${r.scripts} scripts, ${r.gzipKb.toFixed(1)} KB gzip (${r.rawKb.toFixed(1)} KB raw) + inline ${r.inlineGzipKb.toFixed(1)} KB; HTML ${r.htmlGzipKb.toFixed(1)} KB gzip`,
  );
}
