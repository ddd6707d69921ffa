-- Failed sign-ins become attempts of every kind, counted before the secret is checked
-- (lib/auth/attempts.ts). Rows in flight keep their counts: a rename, not a new table.
ALTER TABLE "login_throttles" RENAME TO "attempt_limits";
ALTER TABLE "attempt_limits" RENAME COLUMN "failures" TO "attempts";
ALTER TABLE "attempt_limits" RENAME CONSTRAINT "login_throttles_pkey" TO "attempt_limits_pkey";
ALTER INDEX "login_throttles_windowStartedAt_idx" RENAME TO "attempt_limits_windowStartedAt_idx";

-- A kid's tablet pass names the PIN version it was granted for; changing the PIN ends it.
ALTER TABLE "family_members" ADD COLUMN "pinVersion" INTEGER NOT NULL DEFAULT 0;

-- A kid's pass lives on the tablet's row, where the server can end it (lib/tablet/pass.ts).
ALTER TABLE "tablet_devices" ADD COLUMN "kidPassKidId" UUID,
  ADD COLUMN "kidPassPinVersion" INTEGER,
  ADD COLUMN "kidPassUntil" TIMESTAMP(3);

-- A parent removed by another parent keeps their place in the family's history (archived) but
-- lets go of the login, which may then join or start another family (lib/families/queries.ts
-- removeParent). Kids still never have a login.
ALTER TABLE "family_members" DROP CONSTRAINT "family_members_role_user";
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_role_user" CHECK (
  ("role" = 'PARENT' AND ("userId" IS NOT NULL OR "archivedAt" IS NOT NULL))
  OR ("role" = 'CHILD' AND "userId" IS NULL)
);
