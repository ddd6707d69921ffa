-- Photos and recorded voices for kids who cannot read (issue 16, decision 017): stored in
-- PostgreSQL, one row per file, referenced by cards, items, habits and rewards of the same family
-- (composite keys, as everywhere: decision 002).
-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('PHOTO', 'VOICE');

-- AlterTable
ALTER TABLE "routine_cards" ADD COLUMN     "photoId" UUID,
ADD COLUMN     "voiceId" UUID;

-- AlterTable
ALTER TABLE "routine_items" ADD COLUMN     "photoId" UUID,
ADD COLUMN     "voiceId" UUID;

-- AlterTable
ALTER TABLE "habits" ADD COLUMN     "photoId" UUID;

-- AlterTable
ALTER TABLE "rewards" ADD COLUMN     "photoId" UUID;

-- CreateTable
CREATE TABLE "media" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "contentType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "media_id_familyId_key" ON "media"("id", "familyId");

-- CreateIndex
CREATE UNIQUE INDEX "media_familyId_kind_sha256_key" ON "media"("familyId", "kind", "sha256");

-- AddForeignKey
ALTER TABLE "routine_cards" ADD CONSTRAINT "routine_cards_photoId_familyId_fkey" FOREIGN KEY ("photoId", "familyId") REFERENCES "media"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_cards" ADD CONSTRAINT "routine_cards_voiceId_familyId_fkey" FOREIGN KEY ("voiceId", "familyId") REFERENCES "media"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_items" ADD CONSTRAINT "routine_items_photoId_familyId_fkey" FOREIGN KEY ("photoId", "familyId") REFERENCES "media"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routine_items" ADD CONSTRAINT "routine_items_voiceId_familyId_fkey" FOREIGN KEY ("voiceId", "familyId") REFERENCES "media"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "habits" ADD CONSTRAINT "habits_photoId_familyId_fkey" FOREIGN KEY ("photoId", "familyId") REFERENCES "media"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rewards" ADD CONSTRAINT "rewards_photoId_familyId_fkey" FOREIGN KEY ("photoId", "familyId") REFERENCES "media"("id", "familyId") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media" ADD CONSTRAINT "media_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A photo is what the upload made of it (WebP, ≤ 512 px, ≤ 300 KB); a voice is a clip of at most
-- 15 s, kept as recorded (≤ 320 KB). The size column is the real size.
ALTER TABLE "media"
  ADD CONSTRAINT "media_size" CHECK ("byteSize" = octet_length("data") AND "byteSize" > 0),
  ADD CONSTRAINT "media_photo" CHECK ("kind" <> 'PHOTO' OR ("contentType" = 'image/webp' AND "byteSize" <= 307200 AND "width" BETWEEN 1 AND 512 AND "height" BETWEEN 1 AND 512)),
  ADD CONSTRAINT "media_voice" CHECK ("kind" <> 'VOICE' OR ("contentType" IN ('audio/webm', 'audio/ogg', 'audio/mp4', 'audio/mpeg', 'audio/wav') AND "byteSize" <= 327680)),
  ADD CONSTRAINT "media_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
