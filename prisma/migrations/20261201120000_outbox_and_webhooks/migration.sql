-- Issue 19: what happens in a family is recorded in an outbox by triggers, in the transaction of
-- the change itself (a rolled-back change leaves nothing; a committed one cannot lose its event),
-- and delivered from there: webhooks now, push and MQTT later. Every door writes through these
-- tables, so every door emits: the tablet, the parent app, the API and the offline sync alike.

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "familyId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "events" TEXT[],
    "secret" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "endpointId" UUID NOT NULL,
    "eventId" BIGINT NOT NULL,
    "eventType" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "lastAttemptAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_endpoints_familyId_idx" ON "webhook_endpoints"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_endpoints_id_familyId_key" ON "webhook_endpoints"("id", "familyId");

-- CreateIndex
CREATE INDEX "webhook_deliveries_familyId_createdAt_idx" ON "webhook_deliveries"("familyId", "createdAt");

-- CreateIndex
CREATE INDEX "webhook_deliveries_eventId_idx" ON "webhook_deliveries"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_endpointId_eventId_key" ON "webhook_deliveries"("endpointId", "eventId");

-- AddForeignKey
ALTER TABLE "outbox_events" ADD CONSTRAINT "outbox_events_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "families"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpointId_familyId_fkey" FOREIGN KEY ("endpointId", "familyId") REFERENCES "webhook_endpoints"("id", "familyId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "outbox_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The dispatcher looks only at events still waiting.
CREATE INDEX "outbox_events_waiting" ON "outbox_events"("id") WHERE "dispatchedAt" IS NULL;

-- One event per change, as cheap as it can be on the check-off's path: ids and numbers only, one
-- index (the waiting one) besides the key.
CREATE FUNCTION record_outbox_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text;
  payload jsonb;
BEGIN
  -- A restore loads history, which happened long ago: it is not news (scripts/lib/backup/restore.ts).
  IF current_setting('family_routines.restoring', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'item_checks' THEN
    kind := 'check.added';
    payload := jsonb_build_object('checkId', NEW."id", 'kidId', NEW."memberId",
      'itemId', NEW."itemId", 'versionId', NEW."versionId", 'date', NEW."localDate");
  ELSIF TG_TABLE_NAME = 'routine_completions' THEN
    kind := 'routine.completed';
    payload := jsonb_build_object('kidId', NEW."memberId", 'routineId', NEW."routineId",
      'versionId', NEW."versionId", 'date', NEW."localDate");
  ELSIF TG_TABLE_NAME = 'habit_logs' THEN
    kind := 'habit.logged';
    payload := jsonb_build_object('logId', NEW."id", 'habitId', NEW."habitId",
      'kidId', (SELECT h."memberId" FROM "habits" h WHERE h."id" = NEW."habitId"),
      'date', NEW."localDate", 'count', NEW."count");
  ELSIF TG_TABLE_NAME = 'points_entries' THEN
    kind := 'points.changed';
    -- The balance is added by the dispatcher (lib/outbox/dispatch.ts): summing the ledger here
    -- would cost every check-off a scan of the kid's whole history.
    payload := jsonb_build_object('entryId', NEW."id", 'kidId', NEW."memberId",
      'delta', NEW."delta", 'source', NEW."source");
  ELSIF TG_TABLE_NAME = 'reward_requests' THEN
    IF TG_OP = 'INSERT' THEN
      kind := 'reward.requested';
    ELSIF NEW."status" IS DISTINCT FROM OLD."status" AND NEW."status" = 'APPROVED' THEN
      kind := 'reward.approved';
    ELSIF NEW."status" IS DISTINCT FROM OLD."status" AND NEW."status" = 'DENIED' THEN
      kind := 'reward.denied';
    ELSE
      RETURN NULL;
    END IF;
    payload := jsonb_build_object('requestId', NEW."id", 'kidId', NEW."memberId",
      'rewardId', NEW."rewardId", 'cost', NEW."cost", 'status', NEW."status");
  ELSE
    RAISE EXCEPTION 'record_outbox_event() does not know table %', TG_TABLE_NAME;
  END IF;
  -- No NOTIFY: it takes a cluster-wide lock at every commit, which cost the check-off a third of
  -- its time (docs/benchmarks.md). The dispatchers look for waiting events 4 times a second.
  INSERT INTO "outbox_events" ("familyId", "type", "data") VALUES (NEW."familyId", kind, payload);
  RETURN NULL;
END
$$;

CREATE TRIGGER "item_checks_outbox" AFTER INSERT ON "item_checks"
  FOR EACH ROW EXECUTE FUNCTION record_outbox_event();
CREATE TRIGGER "routine_completions_outbox" AFTER INSERT ON "routine_completions"
  FOR EACH ROW EXECUTE FUNCTION record_outbox_event();
CREATE TRIGGER "habit_logs_outbox" AFTER INSERT ON "habit_logs"
  FOR EACH ROW EXECUTE FUNCTION record_outbox_event();
CREATE TRIGGER "points_entries_outbox" AFTER INSERT ON "points_entries"
  FOR EACH ROW EXECUTE FUNCTION record_outbox_event();
CREATE TRIGGER "reward_requests_outbox" AFTER INSERT OR UPDATE OF "status" ON "reward_requests"
  FOR EACH ROW EXECUTE FUNCTION record_outbox_event();
