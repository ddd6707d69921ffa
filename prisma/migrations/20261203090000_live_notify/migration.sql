-- Issue 22: the live dashboard is pushed, not polled. A change to anything a parent's Today page
-- or the tablet's reward screen shows sends NOTIFY family_change with the family's id; each app
-- process LISTENs on one connection and wakes only that family's open streams (lib/live).
-- NOTIFY is sent at commit: a rolled-back change wakes nobody, and PostgreSQL folds identical
-- payloads of one transaction into one (a check that completes a routine and earns points is one
-- wake-up, not three).
CREATE OR REPLACE FUNCTION notify_family_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('family_change', OLD."familyId"::text);
  ELSE
    PERFORM pg_notify('family_change', NEW."familyId"::text);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'item_checks', 'routine_completions', 'habit_logs', 'habit_amounts', 'points_entries',
    'reward_requests', 'away_days', 'away_patterns', 'pool_claims', 'rotation_turns',
    'savings_goals', 'money_entries', 'family_members'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION notify_family_change()',
      t || '_notify_family', t);
  END LOOP;
END $$;

-- Access that ends (sign-out everywhere, a password change, a removed parent, a removed tablet)
-- ends that caller's open streams at once, on every instance: NOTIFY family_access with
-- 'user:<id>' or 'tablet:<id>'.
CREATE OR REPLACE FUNCTION notify_user_access() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."sessionVersion" IS NOT DISTINCT FROM OLD."sessionVersion" THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('family_access', 'user:' || OLD.id::text);
  RETURN NULL;
END $$;
CREATE TRIGGER users_notify_access AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_user_access();

CREATE OR REPLACE FUNCTION notify_member_access() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."userId" IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND NEW.role IS NOT DISTINCT FROM OLD.role
     AND NEW."archivedAt" IS NOT DISTINCT FROM OLD."archivedAt"
     AND NEW."userId" IS NOT DISTINCT FROM OLD."userId" THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('family_access', 'user:' || OLD."userId"::text);
  RETURN NULL;
END $$;
CREATE TRIGGER family_members_notify_access AFTER UPDATE OR DELETE ON family_members
  FOR EACH ROW EXECUTE FUNCTION notify_member_access();

CREATE OR REPLACE FUNCTION notify_tablet_access() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."revokedAt" IS NOT DISTINCT FROM OLD."revokedAt" THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('family_access', 'tablet:' || OLD.id::text);
  RETURN NULL;
END $$;
CREATE TRIGGER tablet_devices_notify_access AFTER UPDATE OR DELETE ON tablet_devices
  FOR EACH ROW EXECUTE FUNCTION notify_tablet_access();
