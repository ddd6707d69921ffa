// The plans of the hot paths on a large database (issue 22): every statement the dashboard, a
// kid's day and a check-off send, recorded from the app's own Prisma client as it runs them, then
// run again under auto_explain (ANALYZE, BUFFERS, nested statements: check_item()'s own queries
// show too) inside a transaction that is rolled back, after a first run that warms the
// connection. Prints each statement's time, buffers and any sequential scan; writes the plans to
// test-results/explain/. Times include auto_explain's own instrumentation: compare plans and
// buffers here, and time statements with bench:api or bench:scale. Run by scripts/bench/scale.ts:
//   DATABASE_URL=… NODE_ENV=test node --conditions=react-server --import tsx scripts/bench/scale-explain.ts
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";
import { checkItem } from "../../lib/checks/queries";
import { loadDashboard } from "../../lib/dashboard/queries";
import { db } from "../../lib/db";
import { memberDay } from "../../lib/routines/day";
import { localDateAt } from "../../lib/time/rules";

type Recorded = { query: string; params: string };
const recorded: Recorded[] = [];
let recording = false;
(db as unknown as { $on: (e: "query", l: (event: Recorded) => void) => void }).$on(
  "query",
  (event) => recording && recorded.push({ query: event.query, params: event.params }),
);
const record = async (work: () => Promise<unknown>) => {
  recorded.length = 0;
  recording = true;
  await work();
  recording = false;
  return recorded.splice(0).filter((r) => /^\s*(SELECT|WITH|INSERT|UPDATE|DELETE)/i.test(r.query));
};

// A family of four kids, chosen at random, and a check none has made (today is free).
const [family] = await db.$queryRaw<{ id: string; timeZone: string }[]>`
  SELECT f.id, f."timeZone" FROM families f
  WHERE (SELECT count(*) FROM family_members m WHERE m."familyId" = f.id AND m.role = 'CHILD') = 4
  ORDER BY random() LIMIT 1`;
if (!family) throw new Error("no family of four kids: seed first (scripts/bench/scale.ts)");
const today = localDateAt(new Date(), family.timeZone);
const kid = await db.familyMember.findFirstOrThrow({
  where: { familyId: family.id, role: "CHILD" },
});
const item = await db.routineItem.findFirstOrThrow({ where: { familyId: family.id } });
await loadDashboard(family.id); // streaks and the like brought up to date first, as on any day
const paths = {
  dashboard: await record(() => loadDashboard(family.id)),
  "kid's day": await record(() => memberDay(family.id, kid.id, today)),
  "check-off": await record(() => checkItem(family.id, kid.id, item.id, today, randomUUID())),
};
// The check-off above happened: undone, so the plans below meet the same data.
await db.itemCheck.deleteMany({
  where: { memberId: kid.id, itemId: item.id, localDate: new Date(`${today}T00:00:00Z`) },
});

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const plans: string[] = [];
client.on("notice", (notice) => plans.push(notice.message ?? ""));
await client.query(`LOAD 'auto_explain'`);
for (const setting of [
  "auto_explain.log_min_duration = 0",
  "auto_explain.log_analyze = on",
  "auto_explain.log_buffers = on",
  "auto_explain.log_nested_statements = on",
  "client_min_messages = log",
])
  await client.query(`SET ${setting}`);

const outDir = resolve(import.meta.dirname, "../../test-results/explain");
mkdirSync(outDir, { recursive: true });
console.log(`\n[explain] family ${family.id} (4 kids), ${today}`);
for (const [path, statements] of Object.entries(paths)) {
  const text: string[] = [];
  let total = 0;
  for (const [i, { query, params }] of statements.entries()) {
    // Once to warm the connection (catalogs, the functions' own plans), once measured.
    await client.query("BEGIN");
    await client.query(query, JSON.parse(params) as unknown[]).catch(() => undefined);
    await client.query("ROLLBACK");
    plans.length = 0;
    await client.query("BEGIN");
    await client.query(query, JSON.parse(params) as unknown[]).catch((error: Error) => {
      plans.push(`failed: ${error.message}`);
    });
    await client.query("ROLLBACK");
    const own = plans.filter((p) => p.includes("duration:"));
    // The outermost plan is logged last; its duration is the statement's.
    const ms = Number(/duration: ([\d.]+) ms/.exec(own.at(-1) ?? "")?.[1] ?? NaN);
    total += ms;
    const all = own.join("\n");
    // The outermost plan's first Buffers line is its top node's: everything the statement read,
    // the nested statements' included.
    const top = /shared hit=(\d+)(?: read=(\d+))?/.exec(own.at(-1) ?? "");
    const hits = top ? Number(top[1]) + Number(top[2] ?? 0) : 0;
    const seq = [...new Set([...all.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]))];
    console.log(
      `[explain] ${path} #${i + 1}: ${ms.toFixed(2)} ms, ${hits} buffers${seq.length ? `, seq scan on ${seq.join(", ")}` : ""} · ${query.replace(/\s+/g, " ").slice(0, 90)}`,
    );
    text.push(`-- #${i + 1}\n${query}\n-- params ${params}\n${all}\n`);
  }
  console.log(
    `[explain] ${path}: ${statements.length} statements, ${total.toFixed(2)} ms in PostgreSQL`,
  );
  writeFileSync(resolve(outDir, `${path.replace(/\W+/g, "-")}.txt`), text.join("\n"));
}
await client.end();
await db.$disconnect();
