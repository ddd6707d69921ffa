import { createRequire } from "node:module";
import { relative } from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

// Each request's language and messages (issue 18, decision 020).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Messages are parsed on the server (lib/i18n/messages.ts loadPageMessages), so the formatter
// that browsers download needs no ICU parser: next-intl's "precompile" half of use-intl, 11 KB
// gzip less on every page (docs/benchmarks.md). Its own `messages.precompile` option wants one
// catalogue file per language; ours are per namespace, and the pseudo-language is made at run time.
const formatOnly = createRequire(import.meta.url).resolve("use-intl/format-message/format-only");

// The JSON API benchmark's baselines (app/api/bench/*/route.bench.ts, docs/decisions/007) are
// routes only in the benchmark's own build: `npm run bench:api` builds with BENCH_BUILD=1 into
// .next-bench. The production build has no such route at all.
const benchBuild = process.env.BENCH_BUILD === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Next's defaults, and in the benchmark's build also route.bench.ts.
  pageExtensions: benchBuild ? ["bench.ts", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"],
  ...(benchBuild && { distDir: ".next-bench" }),
  turbopack: {
    resolveAlias: { "use-intl/format-message": `./${relative(import.meta.dirname, formatOnly)}` },
  },
  webpack(config) {
    config.resolve.alias["use-intl/format-message"] = formatOnly;
    return config;
  },
  // Do not advertise the framework to scanners (SECURITY.md #14).
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm start` builds to run the app, not to review it, and `npm test` type-checks in a suite of
  // its own: both skip the build's type check (20 of its 40 s on 2 cores). `npm run build` keeps it.
  typescript: { ignoreBuildErrors: process.env.BUILD_WITHOUT_TYPECHECK === "1" },
  // A photo straight from a phone's camera is up to 5 MB (lib/media/rules.ts); the upload action
  // refuses anything bigger with a clear message before Next's own limit answers a bare 413.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    // Static headers for every response. The per-request CSP nonce is set in proxy.ts,
    // because a nonce must change with every response and next.config headers cannot.
    const headers = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ];
    // Browsers ignore HSTS received over plain HTTP, so sending it from every production build is
    // harmless on a LAN install and right behind a TLS proxy.
    if (process.env.NODE_ENV === "production") {
      headers.push({
        key: "Strict-Transport-Security",
        value: "max-age=63072000; includeSubDomains",
      });
    }
    // Parents record a voice or take a photo for a card in the routine, habit and reward editors:
    // the microphone and the camera for this site there, still for no one else (a later entry
    // replaces an earlier one of the same name).
    const recording = [
      { key: "Permissions-Policy", value: "camera=(self), microphone=(self), geolocation=()" },
    ];
    return [
      { source: "/:path*", headers },
      { source: "/routines/:path*", headers: recording },
      { source: "/habits/:path*", headers: recording },
      { source: "/rewards/:path*", headers: recording },
    ];
  },
};

export default withNextIntl(nextConfig);
