// First-load JavaScript of pages as Chromium downloads it: every script response of a fresh page
// load (no cache), gzip-compressed (level 9) and summed. Run against a production server:
//   npm start        (elsewhere)
//   npm run bench:first-load -- / /routines/new
// Pages behind sign-in use the demo parent, with the password kept in DATA_DIR by the first
// `npm start` (LOGIN=email:password overrides it). BASE_URL picks the
// server (default http://localhost:3000). Results go in docs/benchmarks.md.
import { chromium, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { findChromium } from "../lib/chromium";
import { dataDir } from "../lib/database-in-use";
import { readDemoPassword } from "../lib/demo-logins";
import { demoParents } from "../../prisma/demo-family";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const login = process.env.LOGIN ?? `${demoParents[0].email}:${readDemoPassword(dataDir()) ?? ""}`;
const [email, password] = login.split(":");
const paths = process.argv.slice(2).filter((arg) => arg.startsWith("/"));
// --tablet: after signing in, turn the browser into the family tablet (creates a tablet device in
// the demo family) and measure the picker and the first kid without a PIN.
const asTablet = process.argv.includes("--tablet");

async function signIn(page: Page) {
  await page.goto(new URL("/login", base).toString());
  await page.getByLabel("Email").fill(email!);
  await page.getByLabel("Password").fill(password!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const loginContext = await browser.newContext();
const loginPage = await loginContext.newPage();
await signIn(loginPage);
if (asTablet) {
  await loginPage.goto(new URL("/family", base).toString());
  await loginPage.getByLabel("Tablet name").fill("Benchmark tablet");
  await loginPage.getByRole("button", { name: "Use this device as the family tablet" }).click();
  await loginPage.waitForURL((url) => url.pathname === "/tablet");
  const kid = loginPage
    .getByRole("link")
    .filter({ hasNot: loginPage.getByLabel("needs a PIN") })
    .first();
  paths.push("/tablet", (await kid.getAttribute("href"))!);
}
const storageState = await loginContext.storageState();
await loginContext.close();

for (const path of paths.length ? paths : ["/"]) {
  // A new context per page: signed in, with an empty HTTP cache, as on a first visit.
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  const response = await page.goto(new URL(path, base).toString(), { waitUntil: "networkidle" });
  const scripts = await Promise.all(bodies);
  const raw = scripts.reduce((sum, b) => sum + b.length, 0);
  const gzip = scripts.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  console.log(
    `${path} (${response?.status()} ${new URL(page.url()).pathname}): ${scripts.length} scripts, ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw)`,
  );
  await context.close();
}
await browser.close();
