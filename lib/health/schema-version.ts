// The newest migration of this build. /api/health answers "ok" only when the database has it (or a
// newer one, during a rolling deploy); lib/health/schema-version.test.ts keeps this in step with
// prisma/migrations.
export const LATEST_MIGRATION = "20261206090000_routine_version_on_by_the_kids_day";
