// The newest migration of this build. /api/health answers "ok" only when the database has it (or a
// newer one, during a rolling deploy); lib/health/schema-version.test.ts keeps this in step with
// prisma/migrations.
export const LATEST_MIGRATION = "20261207090000_drop_indexes_their_keys_cover";
