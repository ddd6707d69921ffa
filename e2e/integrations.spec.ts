// The family's integrations on the Family page (issue 19): a webhook, where a kid's check arrives
// signed with the secret the page showed once and the page lists the delivery; and a calendar
// address a calendar app subscribes to.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expectAccessible } from "./support/axe";
import { expect, screenshot, seedParent, signInQuickly, test } from "./support/fixtures";
import { createRoutine } from "@/lib/testing/factories";
import { CHECK_ITEM_SQL } from "@/lib/checks/sql";
import { localDateAt } from "@/lib/time/rules";
import { SIGNATURE_HEADER, verifySignature } from "@/lib/webhooks/rules";

test("a parent adds a webhook; a kid's check reaches it signed, and the page shows it delivered", async ({
  page,
  db,
}) => {
  const received: { body: string; signature: string; at: number }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const signature = String(request.headers[SIGNATURE_HEADER.toLowerCase()] ?? "");
      received.push({ body, signature, at: Date.now() });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ha`;

  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const nora = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  const { version, items } = await createRoutine(db, familyId, {
    name: "Morning",
    kidIds: [nora.id],
    cards: [["Make the bed"]],
  });

  await signInQuickly(page.context(), seeded);
  await page.goto("/family");
  const form = page.getByRole("form", { name: "New webhook" });
  await form.getByLabel("Address that receives the events").fill("not an address");
  await form.getByRole("button", { name: "Add webhook" }).click();
  await expect(form.getByText("Enter a full web address").first()).toBeVisible();
  await form.getByLabel("Address that receives the events").fill(url);
  await form.getByLabel("An item is checked").check();
  await form.getByLabel("A routine is finished").check();
  await form.getByRole("button", { name: "Add webhook" }).click();
  const secret = await page.getByLabel("Signing secret").inputValue();
  expect(secret).toMatch(/^whsec_/);
  const list = page.getByRole("list", { name: "Webhooks" });
  await expect(list.getByText(url)).toBeVisible();

  // The kid's check of the routine's one item, however it arrives (tablet, API, sync, all through
  // check_item()): the item is checked and the routine finished.
  const family = await db.family.findUniqueOrThrow({ where: { id: familyId } });
  const checkedAt = Date.now();
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  await db.$queryRawUnsafe(
    CHECK_ITEM_SQL,
    randomUUID(),
    familyId,
    nora.id,
    items[0]!.id,
    today,
    randomUUID(),
    new Date(),
  );
  await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
  server.close();
  for (const { signature, body } of received)
    expect(verifySignature(secret, signature, body)).toBe(true);
  const bodies = received.map((r) => JSON.parse(r.body) as { type: string });
  const check = bodies.find((b) => b.type === "check.added");
  expect(check).toMatchObject({ familyId, data: { kidId: nora.id, itemId: items[0]!.id } });
  const finished = bodies.find((b) => b.type === "routine.completed");
  expect(finished).toMatchObject({
    familyId,
    data: { kidId: nora.id, routineId: version.routineId, versionId: version.id, date: today },
  });
  const delivery = received.find((r) => r.body.includes('"check.added"'));
  // Event → delivered, through the app server's own background work.
  test.info().annotations.push({
    type: "event to webhook",
    description: `${delivery!.at - checkedAt} ms`,
  });
  expect(delivery!.at - checkedAt).toBeLessThan(5_000);

  await page.reload();
  const deliveries = page.getByRole("list", { name: "Latest deliveries" });
  await expect(deliveries.getByText("delivered")).toHaveCount(2);
  await expect(deliveries.getByText("An item is checked")).toBeVisible();
  await expect(deliveries.getByText("A routine is finished")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("heading", { name: "Webhooks" }).first().scrollIntoViewIfNeeded();
  await screenshot(page, "family-webhooks-desktop", { fullPage: false });
});

test("a parent makes a calendar address; a calendar app reads the routines there until it is revoked", async ({
  page,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora", "Leo"] });
  const familyId = seeded.family.id;
  const nora = await db.familyMember.findFirstOrThrow({
    where: { familyId, displayName: "Nora" },
  });
  await createRoutine(db, familyId, { name: "Morning", kidIds: [nora.id] });
  await signInQuickly(page.context(), seeded);
  await page.goto("/family");
  const form = page.getByRole("form", { name: "New calendar address" });
  await form.getByLabel("Whose routines").selectOption({ label: "Nora" });
  await form.getByRole("button", { name: "Make calendar address" }).click();
  const address = await page.getByLabel("Calendar address", { exact: true }).inputValue();
  expect(address).toMatch(/\/calendar\/[\w-]{40,}\.ics$/);
  await expect(page.getByRole("link", { name: "Open in the calendar app" })).toHaveAttribute(
    "href",
    address.replace(/^http:/, "webcal:"),
  );

  // A calendar app, without the parent's session.
  const calendar = await page.request.get(address, { headers: { cookie: "" } });
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const ics = await calendar.text();
  expect(ics).toContain("SUMMARY:Morning");
  expect(ics).toContain("RRULE:FREQ=WEEKLY");

  const list = page.getByRole("list", { name: "Calendar addresses" });
  await list.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke address" }).click();
  await expect(list).toBeHidden();
  expect((await page.request.get(address)).status()).toBe(404);
  await expectAccessible(page);
});

test("a parent makes a button's address; a POST to it checks the kid's item once", async ({
  page,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const nora = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  const { items } = await createRoutine(db, familyId, {
    name: "Morning",
    kidIds: [nora.id],
    cards: [["Brush teeth"]],
  });
  await signInQuickly(page.context(), seeded);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/family");
  const form = page.getByRole("form", { name: "New trigger address" });
  await form.getByLabel("What it does").selectOption({ label: "Check “Morning › Brush teeth”" });
  await form.getByRole("button", { name: "Make trigger address" }).click();
  const address = await page.getByLabel("Trigger address", { exact: true }).inputValue();
  expect(address).toMatch(/\/trigger\/[\w-]{40,}$/);
  await page.getByRole("heading", { name: "Buttons and tags" }).scrollIntoViewIfNeeded();
  await screenshot(page, "family-triggers-phone", { fullPage: false });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The button by the bathroom door, pressed twice.
  for (const expected of [true, false]) {
    const pressed = await page.request.post(address, { headers: { cookie: "" } });
    expect(pressed.status()).toBe(200);
    expect(await pressed.json()).toMatchObject({ did: "checked", new: expected });
  }
  expect(await db.itemCheck.count({ where: { familyId, itemId: items[0]!.id } })).toBe(1);
  await expect(
    page.getByRole("list", { name: "Trigger addresses" }).getByText("Nora · Morning › Brush teeth"),
  ).toBeVisible();
});
