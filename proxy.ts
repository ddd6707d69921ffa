// Runs before every page: sets the Content-Security-Policy with a fresh nonce, and sends signed-out
// visitors of parent pages to the sign-in page. That redirect is a convenience only: every page,
// action and handler checks the session itself (lib/auth/session.ts).
//
// Under /api it only answers paths that cannot be decoded (a "%" not followed by two hex digits):
// Next would fail on them after this point with a plain-text 500; a client gets the API's 400.
import { NextResponse, type NextRequest } from "next/server";

const PARENT_PAGES = [
  "/dashboard",
  "/family",
  "/account",
  "/onboarding",
  "/routines",
  "/habits",
  "/rewards",
  "/money",
];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce-bearing bootstrap load its chunks; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes (progress bars); no remote stylesheets.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // Parents' recorded voices, and a recording played back before it is saved (a blob: URL).
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The tablet's service worker (/sw.js) and the web app manifest.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** The API's error shape (lib/api/errors.ts), written out: this file stays free of app imports. */
function malformedApiPath(): Response {
  return Response.json(
    {
      error: {
        code: "invalid_input",
        message: "That path cannot be decoded: a % must be followed by two hex digits.",
      },
    },
    {
      status: 400,
      headers: { "X-Request-Id": crypto.randomUUID(), "Cache-Control": "no-store" },
    },
  );
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/") || pathname === "/api") {
    // nextUrl is already normalised; the raw path is what Next will fail to decode.
    return decodes(new URL(request.url).pathname) ? NextResponse.next() : malformedApiPath();
  }
  const needsParent = PARENT_PAGES.some(
    (page) => pathname === page || pathname.startsWith(`${page}/`),
  );
  // The family tablet stays on the kids' side (the pages check this themselves too).
  if (needsParent && request.cookies.has("family-tablet")) {
    return NextResponse.redirect(new URL("/tablet", request.url));
  }
  if (needsParent && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own script tags.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    // Pages, not static files or Next's own assets.
    {
      source:
        "/((?!api|_next/static|_next/image|favicon.ico|icon.svg|robots.txt|sw.js|parent-sw.js|manifest.webmanifest|icons/|media/).*)",
    },
    // API paths with a "%" only, for the malformed-path answer: running the proxy for every API
    // request cost 12–18 % of the API's throughput (docs/benchmarks.md).
    { source: "/api/:path(.*%.*)" },
  ],
};
