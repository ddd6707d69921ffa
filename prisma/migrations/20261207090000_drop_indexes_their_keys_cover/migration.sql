-- Issue 22: every index is written by every insert into its table, and item_checks (a check-off)
-- and habit_logs (a habit logged) are the tables the app writes most. Each had an index on
-- ("familyId") alone beside its unique key ("familyId", "clientEventId"), which PostgreSQL also
-- reads for any question about "familyId" alone (the family's rows, the cascade of a family's
-- deletion): the shorter index served nothing the key does not, and cost a seventh index write
-- per check. prisma/indexes.integration.test.ts keeps the schema free of such indexes.
--
-- Safe while instances of the previous release run (docs/deploy.md, section 7): no statement
-- names an index, and every plan that used these finds the key. Dropping an index is a catalog
-- change: it holds the table's lock for an instant, with no rebuild.
DROP INDEX IF EXISTS "item_checks_familyId_idx";
DROP INDEX IF EXISTS "habit_logs_familyId_idx";
