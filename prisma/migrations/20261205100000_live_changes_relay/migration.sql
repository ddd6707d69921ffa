-- Issue 22: a change no longer sends NOTIFY from the transaction that makes it (decision 030).
-- PostgreSQL takes one cluster-wide lock when a transaction that notified commits, and holds it
-- through the commit's flush to disk: every check-off waited for every other's fsync, one at a
-- time. With 10 connections a parent's check-off ran at 670–800 a second with the NOTIFY trigger
-- and 1,160–1,340 without it (npm run bench:statements), and each cost 15–35 % more CPU.
--
-- Instead the trigger notes the family in live_changes, and one app process of the cluster (the
-- relay, lib/live/relay.ts) takes the notes within moments and sends one NOTIFY family_change per
-- family, in a transaction of its own that writes nothing durable, so nothing waits on a flush
-- while the lock is held. What the streams are told is the same: a committed change, per family,
-- never a rolled-back one (its note rolls back with it). A note made while no relay runs waits in
-- the table and is sent when one takes over.
--
-- UNLOGGED: the notes are worth nothing after a crash (PostgreSQL empties the table then; the
-- pages look again when their listener reconnects), so they cost no WAL. Backups leave unlogged
-- tables out (scripts/lib/backup/catalog.ts).
CREATE UNLOGGED TABLE "live_changes" (
    "id" BIGSERIAL NOT NULL,
    "familyId" UUID NOT NULL,

    CONSTRAINT "live_changes_pkey" PRIMARY KEY ("id")
);

CREATE OR REPLACE FUNCTION notify_family_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO live_changes ("familyId") VALUES (OLD."familyId");
  ELSE
    INSERT INTO live_changes ("familyId") VALUES (NEW."familyId");
  END IF;
  RETURN NULL;
END $$;
