// The tablet as an app left running (issue 15): it installs with its icons, and it turns to the
// family's new day by itself at the day start, with or without a network.
import { expect, item, screenshot, test } from "./support/fixtures";
import { goOffline, goOnline, tabletWithLeo } from "./support/offline";
import { createRoutine } from "@/lib/testing/factories";
import {
  addDays,
  fromDbDate,
  instantAt,
  isoWeekday,
  localDateAt,
  localMinuteAt,
} from "@/lib/time/rules";

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

test("the tablet installs as an app: a manifest with icons that resolve, starting on the faces", async ({
  page,
  request,
  db,
}) => {
  await tabletWithLeo(page, db);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({
    start_url: "/tablet",
    display: "standalone",
    short_name: expect.any(String),
  });
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
  );
  for (const icon of icons) {
    const answer = await request.get(icon.src);
    expect(answer.status(), icon.src).toBe(200);
    expect(answer.headers()["content-type"]).toBe("image/png");
  }
  // "Add to Home Screen" on an iPad: its own icon, full screen.
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  const touch = await request.get(touchIcon!);
  expect(touch.status()).toBe(200);
  expect(touch.headers()["content-type"]).toBe("image/png");
  await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute(
    "content",
    manifest.short_name,
  );
  // The service worker is served as a script from the site's root.
  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toContain("javascript");
});

test("a tablet left open on a kid's day fetches the new day at the family's day start", async ({
  page,
  db,
}) => {
  await page.clock.install();
  const { leo } = await tabletWithLeo(page, db);
  const family = await db.family.findFirstOrThrow({
    where: { members: { some: { id: leo.id } } },
  });
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const dayEnds = instantAt(addDays(today, 1), family.dayStartMinute, family.timeZone);
  const refresh = page.waitForRequest(
    (r) => r.headers()["rsc"] === "1" && r.url().includes(`/tablet/kid/${leo.id}`),
    { timeout: 10_000 },
  );
  // The tablet slept through the day start; it is looked at again a second later.
  await page.clock.setSystemTime(new Date(dayEnds.getTime() + 1000));
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await refresh;
  await expect(page.getByRole("region", { name: "Morning" })).toBeVisible();
});

test("a tablet without a network at the family's day start turns to the new day by itself, and a tap then counts for it", async ({
  page,
  context,
  db,
}) => {
  await page.clock.install();
  const { seeded, leo } = await tabletWithLeo(page, db);
  // The family's day starts two minutes from now, so the tablet's clock can pass it while the
  // server's stays within the 5 minutes ahead it accepts a tap from.
  const now = new Date();
  const dayStartMinute = (localMinuteAt(now, "UTC") + 2) % (24 * 60);
  await db.family.update({
    where: { id: seeded.family.id },
    data: { timeZone: "UTC", dayStartMinute },
  });
  const today = localDateAt(now, "UTC", dayStartMinute);
  const tomorrow = addDays(today, 1);
  const dayEnds = instantAt(tomorrow, dayStartMinute, "UTC");
  await createRoutine(db, seeded.family.id, {
    name: "Swim",
    kidIds: [leo.id],
    weekdays: [isoWeekday(tomorrow)],
    cards: [["Towel"]],
  });
  await page.reload();
  await item(page, "Curtains").click();
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(1);
  await expect(page.getByRole("region", { name: "Swim" })).toHaveCount(0);
  // The answer is in (the page asks for itself again only after a pause, and not offline).
  await page.waitForLoadState("networkidle");

  await goOffline(context);
  await page.clock.setSystemTime(new Date(dayEnds.getTime() + 1000));
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  // Tomorrow came with the page: its own routine, and nothing of today's checked.
  await expect(page.getByRole("region", { name: "Swim" })).toBeVisible();
  await expect(item(page, "Curtains")).toHaveAttribute("aria-pressed", "false");
  await item(page, "Curtains").click();
  await item(page, "Towel").click();
  await expect(page.getByText("All done!")).toBeVisible();
  await page.getByRole("button", { name: "Yay! Close" }).click();
  await expect(page.getByRole("status", { name: /Saved on this tablet/ })).toBeVisible();
  await screenshot(page, "tablet-offline-new-day");

  await goOnline(context);
  await expect.poll(() => db.itemCheck.count({ where: { memberId: leo.id } })).toBe(3);
  const days = await db.itemCheck.findMany({
    where: { memberId: leo.id },
    select: { localDate: true, item: { select: { label: true } } },
    orderBy: [{ localDate: "asc" }, { createdAt: "asc" }],
  });
  expect(days.map((c) => [fromDbDate(c.localDate), c.item.label])).toEqual([
    [today, "Curtains"],
    [tomorrow, "Curtains"],
    [tomorrow, "Towel"],
  ]);
});
