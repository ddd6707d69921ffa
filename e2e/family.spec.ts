import { expectAccessible } from "./support/axe";
import {
  expect,
  screenshot,
  seedParent,
  signIn,
  signInQuickly,
  test,
  uniqueEmail,
} from "./support/fixtures";

test("a parent invites a co-parent, who signs up from the link and joins", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Ada"] });
  const { user } = seeded;
  await signInQuickly(page.context(), seeded);
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Family", exact: true }).click();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link (shown only now)").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(page.getByText(/Created by .*, expires/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "family-desktop");

  const coParent = await browser.newContext();
  const other = await coParent.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { name: /^Join / })).toBeVisible();
  await expectAccessible(other);
  await screenshot(other, "invite-desktop");
  await other.getByRole("link", { name: "Create an account" }).click();
  await other.getByLabel("Your name").fill("Jordan Smith");
  const coParentEmail = uniqueEmail("coparent");
  await other.getByLabel("Email").fill(coParentEmail);
  await other.getByLabel("Password").fill("second-parent-pass");
  await other.getByRole("button", { name: "Create account" }).click();
  await other.getByRole("button", { name: /^Join / }).click();
  await expect(other.getByRole("heading", { name: "Parents" })).toBeVisible();
  await expect(other.getByText("Jordan").first()).toBeVisible();
  await expect(other.getByText(user.name).first()).toBeVisible();

  // The link was single use.
  const third = await (await browser.newContext()).newPage();
  await third.goto(link);
  await expect(
    third.getByRole("heading", { name: "This link does not work any more" }),
  ).toBeVisible();

  await page.reload();
  const parents = page.getByRole("list", { name: "Parents" }).getByRole("listitem");
  await expect(parents.filter({ hasText: "Jordan" })).toHaveCount(1);
  await expect(page.getByText("Pending invitations")).toBeVisible();
  // The inviter sees who used the link: a forwarded link cannot give someone unseen access.
  await expect(page.getByText(`Jordan Smith (${coParentEmail}) joined on`)).toBeVisible();

  // A parent removes the other: asked first, then the removed parent is signed out everywhere.
  const jordan = parents.filter({ hasText: "Jordan" });
  await jordan.getByRole("button", { name: "Remove Jordan" }).click();
  const asked = page.getByRole("alertdialog", { name: "Remove Jordan from the family?" });
  await expect(asked.getByText("will be signed out everywhere")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "family-remove-parent", { fullPage: false });
  await asked.getByRole("button", { name: "Remove Jordan" }).click();
  await expect(parents.filter({ hasText: "Jordan" })).toHaveCount(0);
  await expect(parents).toHaveCount(1);
  // The only parent left cannot be removed, not even by themselves.
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await other.goto("/family");
  await expect(other).toHaveURL(/\/login/);
  await coParent.close();
});

test("a parent edits a kid, sets and clears a PIN, archives and restores", async ({ page, db }) => {
  await signInQuickly(page.context(), await seedParent(db, { kids: ["Kim"] }));
  await page.goto("/family");
  const kid = page.getByRole("listitem").filter({ hasText: "Kim" });

  await kid.getByText("Set a PIN").click();
  await kid.getByLabel("New 4-digit PIN").fill("12a4");
  await kid.getByRole("button", { name: "Save PIN" }).click();
  await expect(kid.getByText("A PIN is exactly 4 digits.")).toBeVisible();
  await kid.getByLabel("New 4-digit PIN").fill("1357");
  await kid.getByRole("button", { name: "Save PIN" }).click();
  await expect(kid.getByText("🔒 Has a PIN")).toBeVisible();

  await kid.getByText("Change or remove PIN").click();
  await kid.getByRole("button", { name: "Remove PIN" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove the PIN" }).click();
  await expect(kid.getByText("No PIN")).toBeVisible();

  await kid.getByText("Edit name and picture").click();
  await kid.getByLabel("Name").fill("Kimberly");
  await kid.getByRole("button", { name: "Save", exact: true }).click();
  const renamed = page.getByRole("listitem").filter({ hasText: "Kimberly" });
  await expect(renamed.getByText("Kimberly", { exact: true })).toBeVisible();

  await renamed.getByRole("button", { name: "Archive Kimberly" }).click();
  // Asked first; Cancel changes nothing.
  const asked = page.getByRole("alertdialog", { name: "Archive Kimberly?" });
  await asked.getByRole("button", { name: "Cancel" }).click();
  await expect(asked).toHaveCount(0);
  await expect(renamed.getByText("No PIN")).toBeVisible();
  await renamed.getByRole("button", { name: "Archive Kimberly" }).click();
  await asked.getByRole("button", { name: "Archive Kimberly" }).click();
  await expect(renamed.getByText("Archived")).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByText("Kimberly")).toHaveCount(0);
  await page.goto("/family");
  await page.getByRole("button", { name: "Restore Kimberly" }).click();
  await expect(page.getByRole("button", { name: "Archive Kimberly" })).toBeVisible();
});

test("account settings: name, email with password, password change ends other sessions", async ({
  page,
  browser,
  db,
}) => {
  const seeded = await seedParent(db);
  const { email, password } = seeded;
  await signIn(page, email, password);
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signInQuickly(otherDevice, seeded);
  await other.goto("/dashboard");
  await expect(other.getByRole("heading", { name: /^Hello/ })).toBeVisible();

  await page.goto("/account");
  await expectAccessible(page);
  await page.getByRole("form", { name: "Your name" }).getByLabel("Name").fill("Robin Park");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();

  const newEmail = uniqueEmail("moved");
  const emailForm = page.getByRole("form", { name: "Your email" });
  await emailForm.getByLabel("Email").fill(newEmail);
  await emailForm.getByLabel("Your password, to confirm").fill("wrong-password-here");
  await emailForm.getByRole("button", { name: "Change email" }).click();
  await expect(emailForm.getByText("That password is not right.").first()).toBeVisible();
  await emailForm.getByLabel("Your password, to confirm").fill(password);
  await emailForm.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText("Your email is changed.")).toBeVisible();

  const passwordForm = page.getByRole("form", { name: "Your password" });
  await passwordForm.getByLabel("Current password").fill(password);
  await passwordForm.getByLabel("New password").fill("brand-new-secret-99");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices are signed out.")).toBeVisible();
  await screenshot(page, "account-desktop");

  // This device carries on; the other one is signed out.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Hello, Robin" })).toBeVisible();
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/login/);
  await otherDevice.close();
});
