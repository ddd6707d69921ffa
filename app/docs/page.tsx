import type { Metadata } from "next";
import Link from "next/link";
import { InlineCode } from "@/components/docs/inline-code";
import { SchemaView } from "@/components/docs/schema-view";
import { TryIt } from "@/components/docs/try-it";
import { exampleFromSchema, type JsonSchema } from "@/lib/api/schema-examples";
import { openApiDocument } from "@/lib/api/v1/index";

export const metadata: Metadata = { title: "API docs" };

type Parameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
};
type Operation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  "x-access": "public" | "read" | "write";
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: JsonSchema; example?: unknown } } };
  responses: Record<
    string,
    { description: string; content: { "application/json": { schema: JsonSchema } } }
  >;
};

const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-900",
  post: "bg-green-100 text-green-900",
  patch: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-900",
};

const ACCESS = {
  public: "No authentication.",
  read: "Any token, or a parent’s sign-in.",
  write: "A read-and-change token, or a parent’s sign-in from this site.",
};

const json = (value: unknown) => JSON.stringify(value, null, 2);
const box =
  "overflow-x-auto focus:outline-2 focus:outline-sky-600 rounded-xl bg-stone-900 p-3 text-sm text-stone-100";

function curl(method: string, path: string, operation: Operation) {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`);
  const lines = [`curl -X ${method.toUpperCase()} "$BASE_URL${url}"`];
  if (operation["x-access"] !== "public") lines.push(`-H "Authorization: Bearer $TOKEN"`);
  const body = operation.requestBody?.content["application/json"];
  if (body) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d '${JSON.stringify(body.example ?? exampleFromSchema(body.schema))}'`);
  }
  return lines.join(" \\\n  ");
}

function OperationView({
  method,
  path,
  operation,
}: {
  method: string;
  path: string;
  operation: Operation;
}) {
  const body = operation.requestBody?.content["application/json"];
  const success = Object.entries(operation.responses).filter(
    ([status]) => Number(status) < 300 || status === "503",
  );
  const errors = Object.entries(operation.responses).filter(
    ([status]) => Number(status) >= 400 && status !== "503",
  );
  const exampleBody = body ? (body.example ?? exampleFromSchema(body.schema)) : undefined;
  return (
    <article
      id={operation.operationId}
      aria-labelledby={`${operation.operationId}-title`}
      className="flex scroll-mt-6 flex-col gap-4 rounded-3xl bg-white p-6 shadow ring-1 ring-black/5"
    >
      <header className="flex flex-col gap-1">
        <h3
          id={`${operation.operationId}-title`}
          className="flex flex-wrap items-center gap-3 text-lg"
        >
          <span
            className={`rounded-lg px-2 py-0.5 font-mono text-sm font-bold uppercase ${METHOD_STYLE[method]}`}
          >
            {method}
          </span>
          <code className="font-mono font-bold break-all">{path}</code>
        </h3>
        <p className="font-semibold">{operation.summary}</p>
        {operation.description && (
          <p className="text-ink-700">
            <InlineCode text={operation.description} />
          </p>
        )}
        <p className="text-sm text-ink-700">Who may call it: {ACCESS[operation["x-access"]]}</p>
      </header>

      {operation.parameters.length > 0 && (
        <section>
          <h4 className="mb-1 font-bold">Parameters</h4>
          <ul className="flex flex-col gap-1.5">
            {operation.parameters.map((p) => (
              <li key={p.name}>
                <code className="font-mono font-semibold">{p.name}</code>{" "}
                <span className="text-sm text-ink-700">
                  in {p.in}
                  {p.required ? ", required" : ", optional"}
                </span>
                {p.description && (
                  <p className="text-sm text-ink-700">
                    <InlineCode text={p.description} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {body && (
        <section>
          <h4 className="mb-1 font-bold">Request body</h4>
          <SchemaView schema={body.schema} />
        </section>
      )}

      <section>
        <h4 className="mb-1 font-bold">Example request</h4>
        <pre tabIndex={0} className={box}>
          {curl(method, path, operation)}
        </pre>
      </section>

      {success.map(([status, response]) => (
        <section key={status}>
          <h4 className="mb-1 font-bold">
            {status} · {response.description}
          </h4>
          <details>
            <summary className="cursor-pointer text-sm font-semibold text-sky-800">Fields</summary>
            <div className="mt-2">
              <SchemaView schema={response.content["application/json"].schema} />
            </div>
          </details>
          <pre tabIndex={0} className={`${box} mt-2 max-h-80`}>
            {json(exampleFromSchema(response.content["application/json"].schema))}
          </pre>
        </section>
      ))}

      <section>
        <h4 className="mb-1 font-bold">Errors</h4>
        <ul className="flex flex-col gap-1 text-sm">
          {errors.map(([status, response]) => (
            <li key={status}>
              <strong>{status}</strong> <InlineCode text={response.description} />
            </li>
          ))}
        </ul>
      </section>

      <TryIt
        method={method.toUpperCase()}
        path={path}
        pathParams={operation.parameters.filter((p) => p.in === "path").map((p) => p.name)}
        queryParams={operation.parameters.filter((p) => p.in === "query").map((p) => p.name)}
        exampleBody={exampleBody === undefined ? undefined : json(exampleBody)}
      />
    </article>
  );
}

export default function ApiDocsPage() {
  const document = openApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({
      path,
      method,
      operation,
    })),
  );
  const endpoints = (
    <>
      {document.tags.map((tag) => (
        <div key={tag.name} className="mb-4">
          <p className="font-bold">{tag.name}</p>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {operations
              .filter((o) => o.operation.tags[0] === tag.name)
              .map(({ method, path, operation }) => (
                <li key={operation.operationId}>
                  <a href={`#${operation.operationId}`} className="hover:underline">
                    <span className="font-mono text-xs font-bold uppercase">{method}</span> {path}
                  </a>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-5 py-8 sm:px-8">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-xl font-extrabold tracking-tight">
          <span aria-hidden>🌅 </span>Family Routines
        </p>
        <nav aria-label="App" className="flex gap-4 font-semibold">
          <Link href="/family" className="underline-offset-4 hover:underline">
            API tokens
          </Link>
          <a href="/api/openapi.json" className="underline-offset-4 hover:underline">
            openapi.json
          </a>
        </nav>
      </header>
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <nav aria-label="Endpoints" className="lg:sticky lg:top-6 lg:self-start">
          {/* On a phone the 60 operations fold away: the page starts with the introduction. */}
          <details className="rounded-2xl bg-white p-4 shadow ring-1 ring-black/5 lg:hidden">
            <summary className="cursor-pointer font-semibold">
              All {operations.length} operations
            </summary>
            <div className="mt-3">{endpoints}</div>
          </details>
          <div className="hidden lg:block">{endpoints}</div>
        </nav>
        <main className="flex min-w-0 flex-col gap-8">
          <section className="flex flex-col gap-3">
            <h1 className="text-3xl font-extrabold tracking-tight">{document.info.title}</h1>
            <p className="text-ink-700">
              Version {document.info.version} · OpenAPI {document.openapi}
            </p>
            <p>
              <InlineCode text={document.info.description} />
            </p>
            <p>
              Create a token on the{" "}
              <Link href="/family" className="font-semibold text-sky-800 underline">
                Family
              </Link>{" "}
              page. In the examples, <code className="font-mono">$BASE_URL</code> is this site’s
              address and <code className="font-mono">$TOKEN</code> your token. Errors look like
              this:
            </p>
            <pre tabIndex={0} className={box}>
              {json({
                error: {
                  code: "invalid_input",
                  message: "Some fields are not valid.",
                  fieldErrors: { name: ["Give the habit a name."] },
                },
              })}
            </pre>
          </section>
          {document.tags.map((tag) => (
            <section
              key={tag.name}
              aria-labelledby={`tag-${tag.name}`}
              className="flex flex-col gap-5"
            >
              <h2 id={`tag-${tag.name}`} className="text-2xl font-bold">
                {tag.name}{" "}
                <span className="text-base font-normal text-ink-700">{tag.description}</span>
              </h2>
              {operations
                .filter((o) => o.operation.tags[0] === tag.name)
                .map(({ method, path, operation }) => (
                  <OperationView
                    key={operation.operationId}
                    method={method}
                    path={path}
                    operation={operation}
                  />
                ))}
            </section>
          ))}
        </main>
      </div>
    </div>
  );
}
