import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
type Kind = "PHOTO" | "VOICE";

/**
 * Stores a processed photo or clip for the family and answers its id. The same bytes twice (a
 * retried upload, the same photo on two cards) are one row: an insert that does nothing on the
 * unique (family, kind, sha256), then a read, so two parallel uploads cannot both insert.
 */
export async function storeMedia(
  familyId: string,
  media: { kind: Kind; contentType: string; data: Buffer; width?: number; height?: number },
): Promise<string> {
  const sha256 = createHash("sha256").update(media.data).digest("hex");
  await db.media.createMany({
    data: [
      {
        familyId,
        kind: media.kind,
        contentType: media.contentType,
        data: new Uint8Array(media.data),
        byteSize: media.data.byteLength,
        sha256,
        width: media.width ?? null,
        height: media.height ?? null,
      },
    ],
    skipDuplicates: true,
  });
  const row = await db.media.findUniqueOrThrow({
    where: { familyId_kind_sha256: { familyId, kind: media.kind, sha256 } },
    select: { id: true },
  });
  return row.id;
}

/** A photo or clip of this family, to serve; null for another family's (exactly like none). */
export function mediaOfFamily(familyId: string, id: string) {
  return db.media.findFirst({
    where: { id, familyId },
    select: { contentType: true, data: true, byteSize: true, sha256: true },
  });
}

/**
 * Sets (or, with null, removes) the photo of one habit or reward of this family, after checking
 * the photo is the family's. Another family's habit or reward is "not found".
 */
export async function setPhotoOf(
  what: "habit" | "reward",
  familyId: string,
  id: string,
  photoId: string | null,
) {
  await db.$transaction(async (tx) => {
    await assertMediaOfFamily(tx, familyId, { photos: [photoId], voices: [] }, "photoId");
    const where = { id, familyId };
    const { count } =
      what === "habit"
        ? await tx.habit.updateMany({ where, data: { photoId } })
        : await tx.reward.updateMany({ where, data: { photoId } });
    if (count === 0) throw new NotFoundError(what === "habit" ? "That habit" : "That reward");
  });
}

/**
 * Every photo and voice id a save names is this family's and of the right kind; otherwise a
 * DomainError with the fields that name them. (The composite foreign keys would refuse another
 * family's id too, but not a voice used as a photo, and with a less helpful error.)
 */
export async function assertMediaOfFamily(
  tx: Tx,
  familyId: string,
  wanted: { photos: (string | null | undefined)[]; voices: (string | null | undefined)[] },
  field = "media",
) {
  const photos = [...new Set(wanted.photos.filter((id): id is string => Boolean(id)))];
  const voices = [...new Set(wanted.voices.filter((id): id is string => Boolean(id)))];
  if (photos.length + voices.length === 0) return;
  const found = await tx.media.findMany({
    where: { familyId, id: { in: [...photos, ...voices] } },
    select: { id: true, kind: true },
  });
  const kindOf = new Map(found.map((m) => [m.id, m.kind]));
  const wrong =
    photos.some((id) => kindOf.get(id) !== "PHOTO") ||
    voices.some((id) => kindOf.get(id) !== "VOICE");
  if (wrong) {
    const message = "A photo or recording was not found. Upload it again.";
    throw new DomainError(message, { [field]: [message] });
  }
}
