-- Issue 18: a refused tablet tap's reason with a name or a day in it keeps its sentence template
-- and values, so the Family page says it in the reader's language. Nullable: older rows and
-- fixed sentences are translated from their English text.
ALTER TABLE "tablet_refusals" ADD COLUMN "reasonWords" JSONB;
