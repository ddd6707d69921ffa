// Parents fix a kid's past day (issue 17): tick what was done but not tapped, untick a mistake,
// see the stars follow and the audit line name who did it; the kid's own tap-again untick is in
// tablet.spec.ts.
import { expectAccessible } from "./support/axe";
import { expect, screenshot, seedParent, signInQuickly, test } from "./support/fixtures";
import { createRoutine } from "@/lib/testing/factories";
import { addDays, localDateAt, toDbDate } from "@/lib/time/rules";

test("a parent ticks and unticks items of a past day; stars follow and each change is listed", async ({
  page,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Nora"] });
  const familyId = seeded.family.id;
  const nora = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "CHILD" } });
  const { version, items } = await createRoutine(db, familyId, {
    name: "Morning",
    kidIds: [nora.id],
    cards: [["Make the bed", "Brush teeth"]],
  });
  const family = await db.family.findUniqueOrThrow({ where: { id: familyId } });
  const parent = await db.familyMember.findFirstOrThrow({ where: { familyId, role: "PARENT" } });
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const twoDaysAgo = addDays(today, -2);
  // Two days ago the tablet took "Brush teeth" by mistake: the bed was made, the teeth were not.
  await db.itemCheck.create({
    data: {
      familyId,
      memberId: nora.id,
      itemId: items[1]!.id,
      versionId: version.id,
      localDate: toDbDate(twoDaysAgo),
    },
  });

  await signInQuickly(page.context(), seeded);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Past days of Nora: fix a check" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Nora’s week/);
  const days = page.getByRole("navigation", { name: "Days" });
  await expect(days.getByRole("link")).toHaveCount(8);
  await expect(days.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");

  await days.getByRole("link").nth(2).click();
  await expect(page).toHaveURL(new RegExp(`date=${twoDaysAgo}`));
  const bed = page.getByRole("checkbox", { name: "Make the bed" });
  const teeth = page.getByRole("checkbox", { name: "Brush teeth" });
  await expect(bed).toHaveAttribute("aria-checked", "false");
  await expect(teeth).toHaveAttribute("aria-checked", "true");

  await bed.click();
  await expect(page.getByRole("status").filter({ hasText: /Checked for/ })).toBeVisible();
  await expect(page.getByText("2 of 2 done")).toBeVisible();
  await teeth.click();
  await expect(page.getByText("1 of 2 done")).toBeVisible();
  await expect(teeth).toHaveAttribute("aria-checked", "false");

  // Stored as shown, with the routine's stars given and taken back, and two audit lines.
  const checks = await db.itemCheck.findMany({
    where: { familyId, localDate: toDbDate(twoDaysAgo) },
    select: { itemId: true },
  });
  expect(checks.map((c) => c.itemId)).toEqual([items[0]!.id]);
  const stars = await db.pointsEntry.aggregate({
    where: { memberId: nora.id },
    _sum: { delta: true },
  });
  expect(stars._sum.delta).toBe(0);
  const changes = page.getByRole("region", { name: "Changes by parents" });
  await expect(changes.getByRole("listitem")).toHaveCount(2);
  await expect(changes.getByRole("listitem").first()).toContainText(
    `Brush teeth (Morning): Unchecked by ${parent.displayName}`,
  );
  await expect(page.getByText(`Checked by ${parent.displayName}`).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "past-day-corrected");

  // A week and a day back is not offered, and asking for it by address shows today instead.
  await page.goto(`/dashboard/kids/${nora.id}?date=${addDays(today, -8)}`);
  await expect(days.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
});
