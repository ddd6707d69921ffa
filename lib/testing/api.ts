// Calling the API in integration tests through the real route files, the way Next would: the path
// is matched against app/api/**/route.ts, the exported method is called with a Request and its
// params. Every answer is validated against the OpenAPI document and recorded, so the contract
// test can require that every documented operation was exercised.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const API_DIR = join(ROOT, "app", "api");
export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export type RouteFile = { file: string; template: string; pattern: RegExp; names: string[] };

/** app/api/v1/routines/[id]/route.ts → "/api/v1/routines/{id}". Catch-alls sort last. */
export function routeFiles(): RouteFile[] {
  const files = readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(`${sep}route.ts`) || path === "route.ts")
    .map((path) => join(API_DIR, path));
  return files
    .map((file) => {
      const segments = relative(join(ROOT, "app"), file).split(sep).slice(0, -1);
      const names: string[] = [];
      const parts = segments.map((segment) => {
        const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
        if (catchAll) return (names.push(catchAll[1]!), "(?<catchall>.+)");
        const param = /^\[(\w+)\]$/.exec(segment);
        if (param) return (names.push(param[1]!), `(?<${param[1]}>[^/]+)`);
        return segment.replace(/[.]/g, "\\.");
      });
      const template =
        "/" + segments.map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}")).join("/");
      return { file, template, names, pattern: new RegExp(`^/${parts.join("/")}$`) };
    })
    .sort((a, b) => Number(a.template.includes("{path}")) - Number(b.template.includes("{path}")));
}

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, unknown>> },
) => Promise<Response>;

export async function routeModule(file: string): Promise<Partial<Record<string, Handler>>> {
  return (await import(/* @vite-ignore */ file)) as Partial<Record<string, Handler>>;
}

export type ApiAnswer = {
  ok: boolean;
  status: number;
  body: unknown;
  headers: Headers;
};

export type ApiOptions = {
  token?: string;
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON and wrong content types). */
  rawBody?: string;
  headers?: Record<string, string>;
};

/** Operations answered in this test file: "get /api/v1/family 200". */
export const answered = new Set<string>();

let validator: ((template: string, method: string, status: number, body: unknown) => void) | null =
  null;

async function responseValidator() {
  if (validator) return validator;
  const { openApiDocument } = await import("@/lib/api/v1/index");
  const document = JSON.parse(JSON.stringify(openApiDocument())) as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi");
  const pointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
  validator = (template, method, status, body) => {
    const operation = document.paths[template]?.[method.toLowerCase()];
    expect(operation, `${method} ${template} is in the document`).toBeDefined();
    expect(
      Object.keys(operation!.responses),
      `${method} ${template} documents status ${status}`,
    ).toContain(String(status));
    const ref = `openapi#/paths/${pointer(template)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const valid = validate(body);
    expect(
      valid,
      `${method} ${template} ${status} matches the document: ${JSON.stringify(validate.errors)}`,
    ).toBe(true);
  };
  return validator;
}

const routes = routeFiles();

/** Calls the route file that serves `path` as Next would, and checks the answer against the document. */
export async function api(
  method: string,
  path: string,
  options: ApiOptions = {},
): Promise<ApiAnswer> {
  const url = new URL(path, "http://app.test");
  const route = routes.find((r) => r.pattern.test(url.pathname));
  if (!route) throw new Error(`No route file serves ${url.pathname}`);
  const match = route.pattern.exec(url.pathname)!;
  const params: Record<string, unknown> = {};
  for (const name of route.names) {
    const single = match.groups?.[name];
    params[name] =
      single !== undefined
        ? decodeURIComponent(single)
        : (match.groups?.catchall ?? "").split("/").map(decodeURIComponent);
  }
  const headers = new Headers({ host: "app.test", ...options.headers });
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const handler = (await routeModule(route.file))[method];
  if (!handler) throw new Error(`${route.template} exports no ${method}`);
  const response = await handler(new Request(url, { method, headers, body }), {
    params: Promise.resolve(params),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  const baseline = route.template.startsWith("/api/bench/");
  if (!baseline)
    expect(response.headers.get("x-request-id"), "every answer carries a request id").toBeTruthy();
  // A method the path does not have (405) is no documented operation: its body has the error
  // shape, checked by the tests that send one.
  const notAllowed = (handler as { notAllowed?: true }).notAllowed === true;
  if (!baseline && !notAllowed && !route.template.includes("{path}")) {
    (await responseValidator())(route.template, method, response.status, parsed);
    answered.add(`${method.toLowerCase()} ${route.template} ${response.status}`);
  }
  return { ok: response.ok, status: response.status, body: parsed, headers: response.headers };
}

/** A valid POST /api/v1/habits body for a family member. */
export const newHabit = (memberId: string) => ({
  memberId,
  name: "Stretch",
  icon: "🤸",
  cadence: "DAILY",
  weekdays: [1, 2, 3],
  startDate: "2026-11-01",
});
