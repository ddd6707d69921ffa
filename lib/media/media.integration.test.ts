// Photos and voices (issue 16, decision 017): what an upload becomes, who may read it, and the
// rules a routine save holds for the media it names.
import { afterAll, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import { db } from "@/lib/db";
import { callAction } from "@/lib/testing/actions";
import { createFamily, createKid, createParent } from "@/lib/testing/factories";
import { setTestCookie, signedInAs, signedOut } from "@/lib/testing/session-mock";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", async () => (await import("@/lib/testing/session-mock")).nextHeadersMock());
vi.mock("@/lib/auth/next-auth", async () =>
  (await import("@/lib/testing/session-mock")).nextAuthMock(),
);

const { uploadMediaAction } = await import("@/lib/media/actions");
const { setRewardPhotoAction } = await import("@/lib/points/actions");
const { processPhoto } = await import("@/lib/media/process");
const { storeMedia } = await import("@/lib/media/queries");
const { createRoutine, saveRoutine } = await import("@/lib/routines/queries");
const { getRoutineForEditor } = await import("@/lib/routines/views");
const { GET } = await import("@/app/media/[id]/route");
const { TABLET_COOKIE } = await import("@/lib/auth/tablet-cookie");
const { enableTablet } = await import("@/lib/tablet/queries");

afterAll(() => db.$disconnect());

/** A 1600×1200 camera photo with the camera's make and a GPS position in its EXIF. */
async function cameraPhoto() {
  const width = 1600;
  const height = 1200;
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = ((x + y) % 64) * 4;
    }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: "PhoneCo", Model: "Cam 9" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "59/1 19/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "18/1 4/1 0/1",
      },
    })
    .jpeg()
    .toBuffer();
}

/** A WebM header: what Chrome's MediaRecorder starts a clip with. */
const webmClip = () =>
  Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(2_000, 7)]);

async function parentOf() {
  const family = await createFamily(db);
  const parent = await createParent(db, family.id);
  return { family, parent };
}

function upload(kind: "PHOTO" | "VOICE", bytes: Uint8Array | string, name: string) {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new File([bytes as BlobPart], name));
  return uploadMediaAction(null, form);
}

const get = (id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/media/${id}`, { headers }), {
    params: Promise.resolve({ id }),
  });

describe("a photo upload", () => {
  it("keeps only the pixels: WebP, at most 512 px, no EXIF, no GPS, small", async () => {
    const original = await cameraPhoto();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes("PhoneCo")).toBe(true);
    // The GPS sub-IFD is there: its pointer tag 0x8825 in the EXIF.
    expect(
      before.exif?.includes(Buffer.from([0x88, 0x25])) ||
        before.exif?.includes(Buffer.from([0x25, 0x88])),
    ).toBe(true);

    const stored = await processPhoto(original);
    const after = await sharp(stored.data).metadata();
    expect(after).toMatchObject({ format: "webp", width: 512, height: 384 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(stored.data.includes("PhoneCo")).toBe(false);
    expect(stored.data.includes("Exif")).toBe(false);
    expect(stored.data.byteLength).toBeLessThan(60 * 1024);
  });

  it("refuses an SVG, an HTML page and text named .jpg, by their content", async () => {
    const { parent } = await parentOf();
    signedInAs(parent.user.id, 0);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>`;
    const html = `<!doctype html><html><body><script>alert(1)</script></body></html>`;
    for (const [bytes, name] of [
      [svg, "photo.jpg"],
      [html, "photo.jpg"],
      ["just text", "photo.png"],
      ["", "empty.jpg"],
    ] as const) {
      const result = await upload("PHOTO", bytes, name);
      expect(result, name).toMatchObject({
        ok: false,
        message: expect.stringContaining("not a photo"),
      });
    }
    expect(
      await db.media.count({ where: { family: { members: { some: { id: parent.member.id } } } } }),
    ).toBe(0);
  });

  it("stores the same photo once, even when it is sent ten times at once", async () => {
    const { family, parent } = await parentOf();
    signedInAs(parent.user.id, 0);
    const photo = await cameraPhoto();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => upload("PHOTO", photo, "camera.jpg")),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.data?.id : r.message)));
    expect(ids.size).toBe(1);
    expect(await db.media.count({ where: { familyId: family.id } })).toBe(1);
  });

  it("asks a parent: a signed-out caller is sent to sign in and nothing is stored", async () => {
    signedOut();
    await expect(upload("PHOTO", await cameraPhoto(), "a.jpg")).rejects.toThrow(/NEXT_REDIRECT/);
  });
});

describe("a voice upload", () => {
  it("keeps a recording as it is, and refuses what is not one or is too long", async () => {
    const { family, parent } = await parentOf();
    signedInAs(parent.user.id, 0);
    const ok = await upload("VOICE", webmClip(), "voice.webm");
    expect(ok).toMatchObject({ ok: true });
    const row = await db.media.findFirstOrThrow({ where: { familyId: family.id } });
    expect(row).toMatchObject({ kind: "VOICE", contentType: "audio/webm", byteSize: 2_004 });

    expect(await upload("VOICE", "<html><script>", "voice.webm")).toMatchObject({ ok: false });
    const long = Buffer.concat([Buffer.from("OggS"), Buffer.alloc(400 * 1024)]);
    expect(await upload("VOICE", long, "long.ogg")).toMatchObject({
      ok: false,
      message: expect.stringContaining("under 15 seconds"),
    });
  });
});

describe("GET /media/{id}", () => {
  it("serves the family's parents and tablet, immutable and nosniff; anyone else gets 404", async () => {
    const a = await parentOf();
    const b = await parentOf();
    const photo = await processPhoto(await cameraPhoto());
    const id = await storeMedia(a.family.id, {
      kind: "PHOTO",
      contentType: "image/webp",
      ...photo,
    });

    signedInAs(a.parent.user.id, 0);
    const own = await get(id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("image/webp");
    expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    expect(own.headers.get("cache-control")).toContain("immutable");
    expect(Buffer.from(await own.arrayBuffer()).equals(photo.data)).toBe(true);
    const again = await get(id, { "if-none-match": own.headers.get("etag")! });
    expect(again.status).toBe(304);

    signedInAs(b.parent.user.id, 0);
    const other = await get(id);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "not_found" } });

    signedOut();
    expect((await get(id)).status).toBe(404);
    expect((await get("not-a-uuid")).status).toBe(404);

    const { token } = await enableTablet(a.family.id, a.parent.member.id, "Kitchen");
    setTestCookie(TABLET_COOKIE, token);
    expect((await get(id)).status).toBe(200);
    const tabletB = await enableTablet(b.family.id, b.parent.member.id, "Other kitchen");
    setTestCookie(TABLET_COOKIE, tabletB.token);
    expect((await get(id)).status).toBe(404);
    setTestCookie(TABLET_COOKIE, null);
  });
});

describe("a routine's media", () => {
  const draft = (kidIds: string[], media: { photoId?: string; voiceId?: string }) => ({
    name: "Morning",
    icon: "🌅",
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    start: 420,
    end: 480,
    points: 10,
    remindAtEnd: false,
    turns: null,
    pool: false,
    then: null,
    kidIds,
    cards: [
      {
        title: "Get dressed",
        pictureEmoji: "👕",
        durationSeconds: null,
        ...media,
        items: [{ label: "Socks", ...media }],
      },
    ],
  });

  it("keeps its photos and voices across edits, and refuses another family's or the wrong kind", async () => {
    const a = await parentOf();
    const b = await parentOf();
    const kid = await createKid(db, a.family.id);
    const photo = await processPhoto(await cameraPhoto());
    const photoId = await storeMedia(a.family.id, {
      kind: "PHOTO",
      contentType: "image/webp",
      ...photo,
    });
    const voiceId = await storeMedia(a.family.id, {
      kind: "VOICE",
      contentType: "audio/webm",
      data: webmClip(),
    });
    const theirs = await storeMedia(b.family.id, {
      kind: "PHOTO",
      contentType: "image/webp",
      ...photo,
    });

    const { id } = await createRoutine(a.family.id, draft([kid.id], { photoId, voiceId }));
    const loaded = await getRoutineForEditor(a.family.id, id);
    expect(loaded.cards[0]).toMatchObject({ photoId, voiceId, items: [{ photoId, voiceId }] });

    for (const wrong of [{ photoId: theirs }, { photoId: voiceId }, { voiceId: photoId }]) {
      await expect(
        saveRoutine(a.family.id, id, loaded.revision, draft([kid.id], wrong)),
      ).rejects.toMatchObject({ fieldErrors: { cards: [expect.any(String)] } });
    }
    // Nothing changed by the refused saves.
    expect((await getRoutineForEditor(a.family.id, id)).cards[0]).toMatchObject({
      photoId,
      voiceId,
    });
    // A reward or habit takes only the family's own photo too.
    signedInAs(a.parent.user.id, 0);
    const reward = await db.reward.create({
      data: { familyId: a.family.id, name: "Zoo", emoji: "🦁", cost: 50 },
    });
    expect(
      await callAction(setRewardPhotoAction, { rewardId: reward.id, photoId: theirs }),
    ).toMatchObject({ ok: false, fieldErrors: { photoId: [expect.any(String)] } });
    expect(await callAction(setRewardPhotoAction, { rewardId: reward.id, photoId })).toMatchObject({
      ok: true,
    });
    expect(await db.reward.findUniqueOrThrow({ where: { id: reward.id } })).toMatchObject({
      photoId,
    });
    // The database itself refuses a card pointing at another family's photo.
    await expect(
      db.routineCard.updateMany({ where: { familyId: a.family.id }, data: { photoId: theirs } }),
    ).rejects.toThrow();
  });
});
