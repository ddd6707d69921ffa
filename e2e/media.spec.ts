// Photos and a parent's recorded voice on cards (issue 16): recorded with Chromium's fake
// microphone, a camera photo with a GPS position stored without it, played on the tablet, and
// refused to another family.
import sharp from "sharp";
import { expectAccessible } from "./support/axe";
import {
  becomeTablet,
  expect,
  screenshot,
  seedParent,
  signInQuickly,
  test,
} from "./support/fixtures";
import { CHROMIUM } from "./support/server";
import { createRoutine } from "@/lib/testing/factories";

test.use({
  viewport: { width: 768, height: 1024 },
  launchOptions: {
    ...CHROMIUM,
    args: [
      ...CHROMIUM.args,
      // A microphone that plays a tone, allowed without asking: recording works headless.
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
    ],
  },
});

/** A 1600×1200 JPEG as a phone takes it: the camera's make and a GPS position in its EXIF. */
async function cameraPhoto() {
  const width = 1600;
  const height = 1200;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) {
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    raw[i] = (x * 255) / width;
    raw[i + 1] = 120 + (y * 100) / height;
    raw[i + 2] = 200;
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Cam 9" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 19/1 0/1" },
    })
    .jpeg()
    .toBuffer();
}

test("a parent gives a card a photo and their own voice; the kid sees the photo and hears the voice, another family gets 404", async ({
  page,
  context,
  browser,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Leo"] });
  const leo = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, displayName: "Leo" },
  });
  const { routine } = await createRoutine(db, seeded.family.id, {
    name: "Morning",
    kidIds: [leo.id],
    cards: [["Socks"]],
  });
  await db.routineCard.updateMany({
    where: { familyId: seeded.family.id },
    data: { title: "Get dressed", pictureEmoji: "👕" },
  });
  await signInQuickly(context, seeded);
  await page.goto(`/routines/${routine.id}`);

  const photo = await cameraPhoto();
  await page
    .getByLabel("Add photo for Get dressed")
    .setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByLabel("Replace photo for Get dressed")).toBeAttached();

  // A file that only claims to be a photo is refused, with a message where it was picked.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`;
  await page
    .getByLabel("Add photo for Socks")
    .setInputFiles({ name: "socks.jpg", mimeType: "image/jpeg", buffer: Buffer.from(svg) });
  await expect(page.getByRole("alert").filter({ hasText: "not a photo" })).toBeVisible();

  await page.getByRole("button", { name: "Record your voice for Get dressed" }).click();
  const stop = page.getByRole("button", { name: /Stop .* recording for Get dressed/ });
  await expect(stop).toBeVisible();
  await expect(stop).toContainText(/1[0-3] s left/, { timeout: 5_000 });
  await stop.click();
  await expect(page.getByRole("button", { name: "Play the voice for Get dressed" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "routine-editor-media", { fullPage: false });
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const card = await db.routineCard.findFirstOrThrow({
    where: { familyId: seeded.family.id, title: "Get dressed" },
    include: { photo: true, voice: true },
  });
  expect(card.photo).toMatchObject({ kind: "PHOTO", contentType: "image/webp" });
  expect(card.voice).toMatchObject({ kind: "VOICE", contentType: "audio/webm" });
  const stored = Buffer.from(card.photo!.data);
  const metadata = await sharp(stored).metadata();
  expect(metadata.exif).toBeUndefined();
  expect(Math.max(metadata.width!, metadata.height!)).toBe(512);
  expect(stored.includes("PhoneCo")).toBe(false);
  console.log(`[measure] camera photo ${photo.byteLength} B → stored ${stored.byteLength} B`);

  // The parent's session reads it, marked so that no browser guesses its type.
  const own = await context.request.get(`/media/${card.photoId}`);
  expect(own.status()).toBe(200);
  expect(own.headers()).toMatchObject({
    "content-type": "image/webp",
    "x-content-type-options": "nosniff",
  });
  const stranger = await seedParent(db);
  const other = await browser.newContext();
  await signInQuickly(other, stranger);
  expect((await other.request.get(`/media/${card.photoId}`)).status()).toBe(404);
  expect((await other.request.get(`/media/${card.voiceId}`)).status()).toBe(404);
  await other.close();

  // The tablet: the photo in place of the emoji, the parent's voice in place of speech.
  await page.addInitScript(() => {
    const w = window as unknown as { played: string[]; spoken: string[] };
    w.played = [];
    w.spoken = [];
    HTMLMediaElement.prototype.play = function () {
      w.played.push(new URL(this.src).pathname);
      return Promise.resolve();
    };
    window.speechSynthesis.speak = (u) => void w.spoken.push(u.text);
  });
  await becomeTablet(context, db, seeded, "Kitchen tablet");
  await page.goto(`/tablet/kid/${leo.id}`);
  const picture = page.locator(`img[src="/media/${card.photoId}"]`);
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);
  // Kept by the tablet for offline use: the service worker's media cache holds it. (Once the
  // worker controls the page; the first visit may load before it does.)
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.evaluate(async () =>
          (await (await caches.open("family-media")).keys()).map((r) => new URL(r.url).pathname),
        );
      },
      { timeout: 15_000 },
    )
    .toContain(`/media/${card.photoId}`);
  await page.getByRole("button", { name: "Read aloud: Get dressed" }).click();
  const heard = () =>
    page.evaluate(() => {
      const w = window as unknown as { played: string[]; spoken: string[] };
      return { played: w.played, spoken: w.spoken };
    });
  await expect.poll(async () => (await heard()).played).toEqual([`/media/${card.voiceId}`]);
  expect((await heard()).spoken).toEqual([]);
  await screenshot(page, "tablet-photo-card");
});

test("a reward and a habit take a family photo, shown on the tablet in place of the emoji", async ({
  page,
  context,
  db,
}) => {
  const seeded = await seedParent(db, { kids: ["Leo"] });
  const leo = await db.familyMember.findFirstOrThrow({
    where: { familyId: seeded.family.id, displayName: "Leo" },
  });
  await db.reward.create({
    data: { familyId: seeded.family.id, name: "Zoo trip", emoji: "🦁", cost: 50 },
  });
  const habit = await db.habit.create({
    data: {
      familyId: seeded.family.id,
      memberId: leo.id,
      name: "Feed the cat",
      icon: "🐱",
      cadence: "DAILY",
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      startDate: new Date(Date.now() - 7 * 24 * 60 * 60_000),
    },
  });
  await signInQuickly(context, seeded);
  const photo = { name: "zoo.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto() };
  await page.goto("/rewards");
  await page.getByLabel("Add photo for Zoo trip").setInputFiles(photo);
  await expect(page.getByLabel("Replace photo for Zoo trip")).toBeAttached();
  await page.goto(`/habits/${habit.id}`);
  await page.getByLabel("Add photo for Feed the cat").setInputFiles(photo);
  await expect(page.getByLabel("Replace photo for Feed the cat")).toBeAttached();
  await expectAccessible(page);

  const reward = await db.reward.findFirstOrThrow({ where: { familyId: seeded.family.id } });
  const withPhoto = await db.habit.findUniqueOrThrow({ where: { id: habit.id } });
  // The same picture twice is one stored photo.
  expect(reward.photoId).not.toBeNull();
  expect(withPhoto.photoId).toBe(reward.photoId);

  await becomeTablet(context, db, seeded, "Kitchen tablet");
  await page.goto(`/tablet/kid/${leo.id}`);
  await expect(
    page.getByRole("region", { name: "Habits" }).locator(`img[src="/media/${reward.photoId}"]`),
  ).toBeVisible();
  await page.goto(`/tablet/kid/${leo.id}/rewards`);
  await expect(page.locator(`img[src="/media/${reward.photoId}"]`)).toBeVisible();
});
