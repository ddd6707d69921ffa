// What one change costs an open dashboard (issue 22): the page hears it from GET /api/live and
// re-renders once. Next fetches again every link it prefetched when the page is refreshed, so a
// visible link that prefetches by itself (as next/link does when it scrolls into view) would cost
// one more request per change for every open dashboard; the dashboard's links prefetch when a
// hand reaches for them (components/ui/intent-link.tsx). The tablet, on the same server, asks for
// its own page again only when the kid pauses (components/tablet/sync/use-kid-taps.ts).
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import {
  becomeTablet,
  expect,
  item,
  seedMorningWithToken,
  seedParent,
  signInQuickly,
  test,
} from "./support/fixtures";
import { createRoutine } from "@/lib/testing/factories";

test("a change costs an open dashboard one render, and no link is fetched again", async ({
  page,
  playwright,
  db,
}) => {
  // No tablet and no rewards yet: the getting-started list shows its links, and the routine
  // nobody has started today is listed as a link too.
  const { seeded, kid, items, token } = await seedMorningWithToken(db);

  await signInQuickly(page.context(), seeded);
  await page.goto("/dashboard");
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  const links = page.getByRole("main").getByRole("link");
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  await page.waitForLoadState("networkidle");

  const fetched: { url: string; prefetch: boolean }[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] === "1")
      fetched.push({ url: request.url(), prefetch: Boolean(headers["next-router-prefetch"]) });
  });
  const api = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  const response = await api.post("/api/v1/checks", {
    data: { memberId: kid.id, itemId: items[0]!.id, clientEventId: randomUUID() },
  });
  expect(response.status()).toBe(201);
  await expect(page.getByRole("list", { name: "Nora's routines today" })).toContainText(
    "Morning: 1/2",
  );
  // Whatever else the refresh would bring has come by now.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  expect(fetched.filter((r) => !r.prefetch).map((r) => new URL(r.url).pathname)).toEqual([
    "/dashboard",
  ]);
  expect(fetched.filter((r) => r.prefetch).map((r) => r.url)).toEqual([]);
  await api.dispose();
});

type Db = Parameters<typeof seedParent>[0];

/** This browser as the family tablet, open on Nora's day: one routine, Morning, of `labels`. */
async function tabletOnNorasDay(page: Page, db: Db, labels: string[]) {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const kid = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  await createRoutine(db, familyId, { name: "Morning", kidIds: [kid.id], cards: [labels] });
  await becomeTablet(page.context(), db, seeded);
  await page.goto("/tablet");
  await page.getByRole("link", { name: /Nora/ }).click();
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  return kid;
}

test("a kid's taps cost the tablet one render of her day, once she pauses, not one per tap", async ({
  page,
  db,
}) => {
  const labels = ["Make the bed", "Brush teeth", "Get dressed"];
  const kid = await tabletOnNorasDay(page, db, labels);
  await page.waitForLoadState("networkidle");

  const renders: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) renders.push(request.url());
  });
  for (const label of labels) await item(page, label).click();
  await expect.poll(() => db.itemCheck.count({ where: { memberId: kid.id } })).toBe(3);
  // The answers come right after the last check is stored; the page used to ask for itself again
  // after each. Now it waits for a pause of 1.5 s in the answers.
  const rendered = page.waitForResponse((response) => {
    const headers = response.request().headers();
    return headers["rsc"] === "1" && !headers["next-router-prefetch"];
  });
  await page.waitForTimeout(700);
  expect(renders).toEqual([]);
  // After the pause, once: the server's day, which is what the kid already sees.
  await rendered;
  expect(renders).toHaveLength(1);
  expect(new URL(renders[0]!).pathname).toMatch(/^\/tablet\//);
  for (const label of labels)
    await expect(item(page, label)).toHaveAttribute("aria-pressed", "true");
});

test("a kid who leaves her day right after a tap and comes back with the back button sees it checked", async ({
  page,
  db,
}) => {
  await tabletOnNorasDay(page, db, ["Make the bed", "Brush teeth"]);
  const made = item(page, "Make the bed");
  const answered = page.waitForResponse((response) => response.url().endsWith("/tablet/sync"));
  await made.click();
  await answered;
  // Before the page's refresh after the pause: the router still holds her day as it was.
  await page.getByRole("link", { name: /Rewards/ }).click();
  await expect(page.getByText("No rewards yet. Ask a grown-up!")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
  await expect(made).toHaveAttribute("aria-pressed", "true");
  await expect(item(page, "Brush teeth")).toHaveAttribute("aria-pressed", "false");
});
