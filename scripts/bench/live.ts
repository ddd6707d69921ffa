// Tap → the parent's dashboard shows it (issue 22), as a distribution: in one real browser a kid
// taps items on the family tablet's page, in another the parent's dashboard is open, and the time
// from the click to the frame in which the dashboard's text changes is measured. One tap at a
// time, `--taps` of them (300 ms apart), first on one `next start`, then on two of the same build
// behind nginx (round-robin: the tablet's sync and the dashboard's stream land on either). Not
// part of CI; results go in docs/benchmarks.md.
//   npm run bench:live                      (on postgresql://postgres@127.0.0.1:5432/postgres)
//   npm run bench:live -- --taps 40
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM } from "../../e2e/support/server";
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
import { numberArg, quantile } from "./options";
import { SESSION_COOKIE, sessionToken, startNginx, startServer } from "./server";

const root = resolve(import.meta.dirname, "../..");
const TAPS = numberArg("taps", 40);
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";
const secret = randomBytes(32).toString("base64");

const database = await createTestDatabase();
const db = createDbClient({ url: database.url, poolSize: 2 });
const processes: ChildProcess[] = [];
const browser = await chromium.launch(CHROMIUM);
try {
  await buildIfStale(root, (message) => console.log(`[bench] ${message}`));
  const family = await createFamily(db);
  const { member: parent, user } = await createParent(db, family.id);
  const tablet = await createTabletRow(db, family.id, parent.id, "Kitchen tablet");
  const cookie = await sessionToken(user, secret);
  // A kid per setup, each with a routine of TAPS items on cards of 5: every tap is a new check.
  const setups = [
    { name: "one instance", kid: "Nora", ports: [3320] },
    { name: "two instances behind nginx", kid: "Omar", ports: [3321, 3322], nginx: 3323 },
  ];
  const env = { AUTH_SECRET: secret };
  const lines: string[] = [];
  for (const setup of setups) {
    const kid = await createKid(db, family.id, { displayName: setup.kid });
    const { items } = await createRoutine(db, family.id, {
      name: "Morning",
      kidIds: [kid.id],
      cards: Array.from({ length: Math.ceil(TAPS / 5) }, (_, card) =>
        Array.from({ length: Math.min(5, TAPS - card * 5) }, (_, i) => `Step ${card * 5 + i + 1}`),
      ),
    });
    for (const port of setup.ports)
      processes.push(await startServer(root, { port, databaseUrl: database.url, env }));
    let port = setup.ports[0]!;
    if (setup.nginx) {
      processes.push(await startNginx(setup.nginx, setup.ports));
      port = setup.nginx;
    }
    const base = `http://127.0.0.1:${port}`;
    // The parent's browser and the tablet, apart (a tablet is locked to the kids' pages).
    const context = await browser.newContext();
    await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url: base, httpOnly: true }]);
    const page = await context.newPage();
    await page.goto(`${base}/dashboard`);
    await page.getByText("Live", { exact: true }).waitFor();
    const tabletContext = await browser.newContext();
    await tabletContext.addCookies([
      { name: "family-tablet", value: tablet.token, url: base, httpOnly: true },
    ]);
    const tabletPage = await tabletContext.newPage();
    await tabletPage.goto(`${base}/tablet`);
    await tabletPage.getByRole("link", { name: new RegExp(setup.kid) }).click();
    const label = `${setup.kid}'s routines today`;
    const latencies: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const button = tabletPage.getByRole("button", { name: `Step ${i + 1}`, exact: true });
      await button.waitFor();
      await new Promise((r) => setTimeout(r, 300));
      const tapped = performance.now();
      await button.click();
      await page.waitForFunction(
        ([label, text]) =>
          document
            .querySelector(`[aria-label="${CSS.escape(label)}"]`)
            ?.textContent?.includes(text),
        [label, `Morning: ${i + 1}/${TAPS}`] as const,
        { polling: "raf", timeout: 10_000 },
      );
      latencies.push(performance.now() - tapped);
    }
    await Promise.all([context.close(), tabletContext.close()]);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => quantile(latencies, q);
    const line = `| ${setup.name} | ${TAPS} | ${at(0.5).toFixed(0)} | ${at(0.95).toFixed(0)} | ${latencies.at(-1)!.toFixed(0)} |`;
    console.log(`[bench] ${line}`);
    lines.push(line);
  }
  console.log(
    `\n| Setup | Taps | p50 (ms) | p95 (ms) | max (ms) |\n| --- | --- | --- | --- | --- |\n${lines.join("\n")}\n`,
  );
} finally {
  await browser.close();
  for (const child of processes.reverse()) {
    child.kill("SIGTERM");
    await exited(child);
  }
  await db.$disconnect();
  await database.drop();
}
