-- Two rewards on offer with one name are two buttons a kid cannot tell apart (issue 17): names are
-- unique per family among active rewards, ignoring case. Retired rewards may share a name (a
-- reward offered again later is a new one). Prisma's schema cannot say "where active", so this
-- index lives here; lib/points/reward-names.ts turns its violation into a clear 409.
--
-- Families that already have duplicates keep every reward: later ones get " (2)", " (3)" …,
-- repeated until no name is taken (a reward may already be called "Ice cream (2)").
DO $$
DECLARE
  renamed integer;
BEGIN
  LOOP
    WITH ranked AS (
      SELECT id,
             row_number() OVER (PARTITION BY "familyId", lower(name) ORDER BY "createdAt", id) AS n
      FROM rewards
      WHERE active
    )
    UPDATE rewards r
    SET name = r.name || ' (' || ranked.n || ')', "updatedAt" = CURRENT_TIMESTAMP
    FROM ranked
    WHERE r.id = ranked.id AND ranked.n > 1;
    GET DIAGNOSTICS renamed = ROW_COUNT;
    EXIT WHEN renamed = 0;
  END LOOP;
END $$;

CREATE UNIQUE INDEX "rewards_active_name_key" ON "rewards" ("familyId", lower(name)) WHERE active;
