-- The tablet for kids who cannot read yet (issue 16): per kid how the day reads (pictures only,
-- pictures and words, words), how big it is, whether the one-card view reads each step aloud,
-- and what a card's timer does at the end; per routine the "then" card it ends with.
CREATE TYPE "ReadingLevel" AS ENUM ('PICTURES', 'PICTURES_AND_WORDS', 'WORDS');
CREATE TYPE "CardSize" AS ENUM ('NORMAL', 'LARGE', 'EXTRA_LARGE');
CREATE TYPE "TimerSound" AS ENUM ('SOFT', 'SILENT');

ALTER TABLE "family_members"
  ADD COLUMN "readingLevel" "ReadingLevel" NOT NULL DEFAULT 'PICTURES_AND_WORDS',
  ADD COLUMN "cardSize" "CardSize" NOT NULL DEFAULT 'NORMAL',
  ADD COLUMN "readSteps" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "timerSound" "TimerSound" NOT NULL DEFAULT 'SOFT';

ALTER TABLE "routines"
  ADD COLUMN "thenEmoji" TEXT,
  ADD COLUMN "thenLabel" TEXT,
  ADD CONSTRAINT "routines_then_both_or_neither"
    CHECK (("thenEmoji" IS NULL) = ("thenLabel" IS NULL));
