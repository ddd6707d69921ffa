// What a page costs the network (issue 22, decision 031): the bytes of the parent's dashboard and
// of a kid's day on the tablet, as a first load (HTML) and as the RSC payload a refresh fetches
// (the dashboard refreshes on every change of the family, the tablet after a kid's taps), raw
// and gzipped. `--root DIR` measures another checkout's build (an A/B: build it first). Not part
// of CI; results go in docs/benchmarks.md.
//   npm run bench:payload
//   npm run bench:payload -- --root /tmp/A
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createDbClient } from "../../lib/db-client";
import {
  createFamily,
  createKid,
  createParent,
  createRoutine,
  createTabletRow,
} from "../../lib/testing/factories";
import { buildIfStale } from "../lib/build-state";
import { exited } from "../lib/processes";
import { createTestDatabase } from "../lib/test-database";
import { numberArg, stringArg } from "./options";
import { SESSION_COOKIE, sessionToken, startServer } from "./server";

const root = resolve(stringArg("root", resolve(import.meta.dirname, "../..")));
const PORT = numberArg("port", 3330);
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const secret = randomBytes(32).toString("base64");

const database = await createTestDatabase();
const db = createDbClient({ url: database.url, poolSize: 2 });
let server: ChildProcess | undefined;
try {
  if (root === resolve(import.meta.dirname, "../..")) await buildIfStale(root, console.log);
  const family = await createFamily(db);
  const { member: parent, user } = await createParent(db, family.id);
  const tablet = await createTabletRow(db, family.id, parent.id, "Kitchen tablet");
  const kids = await Promise.all(
    ["Nora", "Omar"].map((name) => createKid(db, family.id, { displayName: name })),
  );
  await createRoutine(db, family.id, {
    name: "Morning",
    kidIds: kids.map((kid) => kid.id),
    cards: [["Make the bed", "Open the curtains"], ["Brush teeth"], ["Get dressed"]],
  });
  server = await startServer(root, {
    port: PORT,
    databaseUrl: database.url,
    env: { AUTH_SECRET: secret },
  });
  const base = `http://127.0.0.1:${PORT}`;
  const parentCookie = `${SESSION_COOKIE}=${await sessionToken(user, secret)}`;
  const tabletCookie = `family-tablet=${tablet.token}`;
  const pages = [
    { name: "dashboard", path: "/dashboard", cookie: parentCookie },
    { name: "a kid's day", path: `/tablet/kid/${kids[0]!.id}`, cookie: tabletCookie },
  ];
  console.log(`| Page | HTML bytes (gzip) | RSC refresh bytes (gzip) |\n| --- | --- | --- |`);
  for (const page of pages) {
    const sizes: string[] = [];
    for (const rsc of [false, true]) {
      const response = await fetch(base + page.path, {
        headers: { cookie: page.cookie, ...(rsc && { RSC: "1" }) },
        // Next answers an RSC request without its cache-busting `_rsc` by sending it to the
        // address with it; a refresh's request carries it.
        redirect: rsc ? "follow" : "manual",
      });
      if (response.status !== 200)
        throw new Error(`${page.path}: ${response.status} ${response.headers.get("location")}`);
      const body = Buffer.from(await response.arrayBuffer());
      sizes.push(
        `${body.length.toLocaleString("en")} (${gzipSync(body).length.toLocaleString("en")})`,
      );
    }
    console.log(`| ${page.name} | ${sizes.join(" | ")} |`);
  }
} finally {
  if (server) {
    server.kill("SIGTERM");
    await exited(server);
  }
  await db.$disconnect();
  await database.drop();
}
