-- Every family in its own language (issue 18): each parent's UI language, each kid's tablet
-- language, the family's week start and clock. Null languages follow the browser.
-- CreateEnum
CREATE TYPE "Clock" AS ENUM ('H24', 'H12');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "families" ADD COLUMN     "clock" "Clock" NOT NULL DEFAULT 'H24',
ADD COLUMN     "weekStart" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "family_members" ADD COLUMN     "language" TEXT;


-- The languages the app has (lib/i18n/locales.ts); a new one is added here with its messages.
ALTER TABLE "users" ADD CONSTRAINT "users_locale_known"
  CHECK ("locale" IS NULL OR "locale" IN ('en', 'de', 'es', 'fr', 'pt-BR', 'ar'));
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_language_known"
  CHECK ("language" IS NULL OR "language" IN ('en', 'de', 'es', 'fr', 'pt-BR', 'ar'));
ALTER TABLE "families" ADD CONSTRAINT "families_week_start_day"
  CHECK ("weekStart" IN (1, 6, 7));
