// Tap → the parent's dashboard shows it (issue 22), as a distribution: in one real browser a kid
// taps items on the family tablet's page, in another the parent's dashboard is open, and the time
// from the click to the frame in which the dashboard's text changes is measured. One tap at a
// time, `--taps` of them (300 ms apart) after `--warmup` taps not counted, first on one
// `next start`, then on two of the same build behind nginx (round-robin: the tablet's sync and the
// dashboard's stream land on either). Not part of CI; results go in docs/benchmarks.md.
//   npm run bench:live                      (on postgresql://postgres@127.0.0.1:5432/postgres)
//   npm run bench:live -- --taps 40 --warmup 5
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
// Taps made first and not counted: a server's first requests load the route's code and run it
// unoptimised (the first two taps took 700-1,700 ms, every phase slower), which a process pays once.
const WARMUP = numberArg("warmup", 5);
const TOTAL = WARMUP + TAPS;
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
  // A kid per setup, each with a routine of TOTAL items on cards of 5: every tap is a new check.
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
      cards: Array.from({ length: Math.ceil(TOTAL / 5) }, (_, card) =>
        Array.from({ length: Math.min(5, TOTAL - card * 5) }, (_, i) => `Step ${card * 5 + i + 1}`),
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
    // When each change event reaches the dashboard, and when its re-render was asked and answered:
    // where a tap's time goes (the phases below).
    await page.addInitScript(() => {
      const changes: number[] = [];
      Object.assign(window, { __changes: changes });
      const Original = window.EventSource;
      window.EventSource = class extends Original {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          super.addEventListener("change", () => changes.push(Date.now()));
        }
      };
    });
    const renders: { asked: number; answered?: number }[] = [];
    let prefetches = 0;
    page.on("request", (request) => {
      const headers = request.headers();
      if (headers["rsc"] !== "1") return;
      if (headers["next-router-prefetch"]) prefetches++;
      else renders.push({ asked: Date.now() });
    });
    // The response's headers: Playwright reports no end for Next's streamed RSC responses.
    page.on("response", (response) => {
      const headers = response.request().headers();
      if (headers["rsc"] !== "1" || headers["next-router-prefetch"]) return;
      const open = renders.findLast((render) => render.answered === undefined);
      if (open) open.answered = Date.now();
    });
    await page.goto(`${base}/dashboard`);
    await page.getByText("Live", { exact: true }).waitFor();
    const tabletContext = await browser.newContext();
    await tabletContext.addCookies([
      { name: "family-tablet", value: tablet.token, url: base, httpOnly: true },
    ]);
    const tabletPage = await tabletContext.newPage();
    // In the tablet's page: when the click event fired and when the sync's fetch was called, so
    // the page's own work before the request (the queue in IndexedDB) is told from Playwright's.
    await tabletPage.addInitScript(() => {
      const marks = { clicked: 0, fetched: 0 };
      Object.assign(window, { __marks: marks });
      addEventListener("click", () => void (marks.clicked = performance.now()), true);
      const original = window.fetch;
      window.fetch = (input, init) => {
        if (String(input).endsWith("/tablet/sync")) marks.fetched = performance.now();
        return original(input, init);
      };
    });
    await tabletPage.goto(`${base}/tablet`);
    await tabletPage.getByRole("link", { name: new RegExp(setup.kid) }).click();
    const label = `${setup.kid}'s routines today`;
    const latencies: number[] = [];
    const cold: number[] = [];
    let synced = 0;
    const rendersPerTap: number[] = [];
    const prefetchesPerTap: number[] = [];
    const mean = (values: number[]) =>
      (values.reduce((a, b) => a + b, 0) / values.length).toFixed(2);
    let sent = 0;
    // The tablet's refreshes of the kid's day (RSC requests), to tell the taps they ran beside.
    const tabletRenders: number[] = [];
    tabletPage.on("request", (request) => {
      if (request.url().endsWith("/tablet/sync")) sent = Date.now();
      else if (request.headers()["rsc"] === "1") tabletRenders.push(Date.now());
    });
    // The counted taps made beside a refresh of the tablet's page, and the others.
    const beside: number[] = [];
    const alone: number[] = [];
    // The phases of each tap, to show where the slowest went.
    const slowest: { index: number; ms: number; line: string }[] = [];
    // The same for the warm-up taps: where a fresh process's first requests spend their time.
    const coldLines: string[] = [];
    tabletPage.on("response", (response) => {
      if (response.url().endsWith("/tablet/sync")) synced = Date.now();
    });
    const phases = {
      page: [] as number[],
      send: [] as number[],
      sync: [] as number[],
      event: [] as number[],
      settle: [] as number[],
      render: [] as number[],
      paint: [] as number[],
    };
    for (let i = 0; i < items.length; i++) {
      const button = tabletPage.getByRole("button", { name: `Step ${i + 1}`, exact: true });
      await button.waitFor();
      await new Promise((r) => setTimeout(r, 300));
      const tapped = performance.now();
      const clicked = Date.now();
      // The dashboard's re-renders of the last tap, counted until this one.
      if (i > WARMUP) rendersPerTap.push(renders.length);
      if (i > WARMUP) prefetchesPerTap.push(prefetches);
      renders.length = 0;
      prefetches = 0;
      await page.evaluate(
        () => ((window as unknown as { __changes: number[] }).__changes.length = 0),
      );
      await button.click();
      await page.waitForFunction(
        ([label, text]) =>
          document
            .querySelector(`[aria-label="${CSS.escape(label)}"]`)
            ?.textContent?.includes(text),
        [label, `Morning: ${i + 1}/${TOTAL}`] as const,
        { polling: "raf", timeout: 10_000 },
      );
      const ms = performance.now() - tapped;
      const measured = i >= WARMUP;
      (measured ? latencies : cold).push(ms);
      const shown = Date.now();
      // A refresh of the tablet's page asked up to 300 ms before the click or until shown.
      const overlapped = tabletRenders.some((at) => at >= clicked - 300 && at <= shown);
      if (measured) (overlapped ? beside : alone).push(ms);
      // The tablet's answer may come after the dashboard already showed the tap.
      const phased = async () => {
        const [event] = await page.evaluate(
          () => (window as unknown as { __changes: number[] }).__changes,
        );
        const render = renders.find(
          (r) => r.answered !== undefined && event !== undefined && r.asked >= event,
        );
        return synced >= clicked && event !== undefined && render ? { event, render } : undefined;
      };
      let found = await phased();
      while (!found && Date.now() - clicked < 5_000) {
        await new Promise((r) => setTimeout(r, 10));
        found = await phased();
      }
      if (found && !measured) {
        const { event, render } = found;
        coldLines.push(
          `${ms.toFixed(0)} = ${[sent - clicked, synced - sent, event - synced, render.asked - event, render.answered! - render.asked, shown - render.answered!].join(" / ")}`,
        );
      }
      if (found && measured) {
        const { event, render } = found;
        const marks = await tabletPage.evaluate(
          () => (window as unknown as { __marks: { clicked: number; fetched: number } }).__marks,
        );
        phases.page.push(marks.fetched - marks.clicked);
        phases.send.push(sent - clicked);
        phases.sync.push(synced - sent);
        phases.event.push(event - synced);
        phases.settle.push(render.asked - event);
        phases.render.push(render.answered! - render.asked);
        phases.paint.push(shown - render.answered!);
        slowest.push({
          index: i,
          ms,
          line: [sent - clicked, synced - sent, event - synced, render.asked - event]
            .concat([render.answered! - render.asked, shown - render.answered!])
            .join(" / "),
        });
      }
    }
    // A share of the values ("-" for none), rounded to the ms.
    const q = (values: number[], share: number) =>
      values.length
        ? quantile(
            [...values].sort((x, y) => x - y),
            share,
          ).toFixed(0)
        : "-";
    const p50 = (values: number[]) => q(values, 0.5);
    console.log(
      `[bench] ${setup.name}, p50 of each phase over ${phases.sync.length} taps: click → the tablet's sync sent ${p50(phases.send)} ms (in the page: click event → fetch ${p50(phases.page)} ms), → answered ${p50(phases.sync)} ms, → change event on the dashboard ${p50(phases.event)} ms (before the answer when negative), → re-render asked ${p50(phases.settle)} ms, → its response began ${p50(phases.render)} ms, → shown ${p50(phases.paint)} ms; re-renders per tap ${mean(rendersPerTap)}, link prefetches per tap ${mean(prefetchesPerTap)}`,
    );
    console.log(
      `[bench] ${setup.name}: ${beside.length} taps ran beside a refresh of the tablet's page (p50 ${q(beside, 0.5)} / p95 ${q(beside, 0.95)} ms), ${alone.length} did not (p50 ${q(alone, 0.5)} / p95 ${q(alone, 0.95)} ms)`,
    );
    slowest.sort((a, b) => b.ms - a.ms);
    console.log(
      `[bench] ${setup.name}, the 3 slowest taps (sent / answered / event / asked / began / shown, ms): ${slowest
        .slice(0, 3)
        .map((tap) => `tap ${tap.index + 1}: ${tap.ms.toFixed(0)} = ${tap.line}`)
        .join(
          "; ",
        )}; the ${WARMUP} taps before, not counted: ${coldLines.length === cold.length ? coldLines.join("; ") : cold.map((ms) => ms.toFixed(0)).join(", ")} ms`,
    );
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
