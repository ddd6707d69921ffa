// Many families for the scale benchmark (issue 22), in SQL: a family is 3 or 4 kids (3.5 on
// average) and a parent, a morning and a bedtime routine of three cards for every kid, a daily
// habit per kid, and `days` days of history: checks, completions with their points, habit logs.
// The history ends two days ago, so today and yesterday are free for the benchmark's check-offs
// (each one a real insert). 10,000 families are ≈ 10 million rows; see docs/benchmarks.md for
// the time it takes.
//
// Triggers are off while seeding (session_replication_role = replica): they write the outbox and
// NOTIFY the live pages, which a seed of history has no use for; the foreign keys they would
// check hold by construction. Needs a superuser, as the machine's and the embedded server's are.
import type pg from "pg";

const ZONES = ["Europe/Stockholm", "America/New_York", "UTC", "Asia/Tokyo"];

/**
 * One transaction per chunk of families `first`..`last` (numbers only name them). The values are
 * numbers and a tag made here, written into the text: one simple query runs the whole chunk, its
 * temp tables created before the statements that read them are planned.
 */
const chunkSql = (first: number, last: number, tag: string, days: number) => `
  BEGIN;
  SET LOCAL session_replication_role = replica;
  CREATE TEMP TABLE sf ON COMMIT DROP AS
    SELECT g AS n, gen_random_uuid() AS id, gen_random_uuid() AS user_id, gen_random_uuid() AS parent_id,
           (ARRAY[${ZONES.map((z) => `'${z}'`).join(", ")}])[1 + g % ${ZONES.length}] AS tz, 3 + g % 2 AS kids
    FROM generate_series(${first}, ${last}) g;
  INSERT INTO families (id, name, "timeZone", "createdAt", "updatedAt")
    SELECT id, 'Family ' || n, tz, now() - interval '1 year', now() FROM sf;
  INSERT INTO users (id, email, name, "passwordHash", "updatedAt")
    SELECT user_id, 'parent-' || n || '-${tag}@scale.test', 'Parent ' || n, 'not-a-hash', now() FROM sf;
  INSERT INTO family_members (id, "familyId", role, "userId", "displayName", "avatarEmoji", "avatarColor", "updatedAt")
    SELECT parent_id, id, 'PARENT', user_id, 'Parent ' || n, '🧑', '#1d4ed8', now() FROM sf;
  CREATE TEMP TABLE sk ON COMMIT DROP AS
    SELECT sf.id AS family_id, k, gen_random_uuid() AS id FROM sf CROSS JOIN LATERAL generate_series(1, sf.kids) k;
  INSERT INTO family_members (id, "familyId", role, "displayName", "avatarEmoji", "avatarColor", "createdAt", "updatedAt")
    SELECT id, family_id, 'CHILD', 'Kid ' || k, '🦊', '#c2410c', now() - interval '1 year' + make_interval(secs => k), now() FROM sk;
  CREATE TEMP TABLE sr ON COMMIT DROP AS
    SELECT sf.id AS family_id, r, gen_random_uuid() AS id, gen_random_uuid() AS version_id
    FROM sf CROSS JOIN generate_series(1, 2) r;
  INSERT INTO routines (id, "familyId", name, icon, weekdays, "startMinute", "endMinute", "createdAt", "updatedAt")
    SELECT id, family_id, CASE r WHEN 1 THEN 'Morning' ELSE 'Bedtime' END, CASE r WHEN 1 THEN '🌅' ELSE '🌙' END,
           '{1,2,3,4,5,6,7}', CASE r WHEN 1 THEN 420 ELSE 1140 END, CASE r WHEN 1 THEN 480 ELSE 1230 END,
           now() - interval '1 year', now()
    FROM sr;
  INSERT INTO routine_versions (id, "familyId", "routineId", number, "createdAt", "updatedAt")
    SELECT version_id, family_id, id, 1, now() - interval '1 year', now() FROM sr;
  INSERT INTO routine_assignments (id, "familyId", "routineId", "memberId", "updatedAt")
    SELECT gen_random_uuid(), sr.family_id, sr.id, sk.id, now() FROM sr JOIN sk USING (family_id);
  CREATE TEMP TABLE si ON COMMIT DROP AS
    SELECT sr.family_id, sr.id AS routine_id, sr.version_id, c, gen_random_uuid() AS card_id, gen_random_uuid() AS id
    FROM sr CROSS JOIN generate_series(1, 3) c;
  INSERT INTO routine_cards (id, "familyId", "versionId", "lineageId", position, title, "pictureEmoji", "updatedAt")
    SELECT card_id, family_id, version_id, gen_random_uuid(), c - 1, (ARRAY['Wash', 'Dress', 'Teeth'])[c], '⭐', now() FROM si;
  INSERT INTO routine_items (id, "familyId", "cardId", "lineageId", position, label, "updatedAt")
    SELECT id, family_id, card_id, gen_random_uuid(), 0, 'Done', now() FROM si;
  CREATE TEMP TABLE sh ON COMMIT DROP AS
    SELECT family_id, id AS kid_id, gen_random_uuid() AS id FROM sk;
  INSERT INTO habits (id, "familyId", "memberId", name, icon, cadence, weekdays, "startDate", "updatedAt")
    SELECT id, family_id, kid_id, 'Read', '📚', 'DAILY', '{1,2,3,4,5,6,7}', current_date - 400, now() FROM sh;
  -- Each kid's day of each routine: 80 % finished, 10 % begun (the first card), 10 % not.
  CREATE TEMP TABLE so ON COMMIT DROP AS
    SELECT sk.family_id, sk.id AS kid_id, sr.id AS routine_id, sr.version_id, current_date - d AS day,
           abs(hashtext(sk.id::text || sr.id::text || d)) % 100 AS roll
    FROM sk JOIN sr USING (family_id) CROSS JOIN generate_series(3, ${days + 2}) d;
  INSERT INTO item_checks (id, "familyId", "memberId", "itemId", "versionId", "localDate", "checkedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), so.family_id, so.kid_id, si.id, so.version_id, so.day,
           so.day + make_interval(mins => 430 + si.c * 4), so.day + make_interval(mins => 430 + si.c * 4), now()
    FROM so JOIN si ON si.routine_id = so.routine_id
    WHERE so.roll < 80 OR (so.roll < 90 AND si.c = 1);
  INSERT INTO routine_completions (id, "familyId", "memberId", "routineId", "versionId", "localDate", "completedAt", "updatedAt")
    SELECT gen_random_uuid(), family_id, kid_id, routine_id, version_id, day, day + interval '7 hours 45 minutes', now()
    FROM so WHERE roll < 80;
  INSERT INTO points_entries (id, "familyId", "memberId", delta, source, "sourceKey", reason, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), family_id, kid_id, 10, 'ROUTINE', 'routine:' || routine_id || ':' || kid_id || ':' || day,
           'Routine done', day + interval '7 hours 45 minutes', now()
    FROM so WHERE roll < 80;
  -- The habit on 70 % of days.
  INSERT INTO habit_logs (id, "familyId", "habitId", "localDate", "updatedAt")
    SELECT gen_random_uuid(), sh.family_id, sh.id, current_date - d, now()
    FROM sh CROSS JOIN generate_series(3, ${days + 2}) d
    WHERE abs(hashtext(sh.id::text || d)) % 100 < 70;
  COMMIT;
`;

export type SeedProgress = (done: number, total: number, ms: number) => void;

/** Seeds `families` families with `days` days of history; returns the rows it wrote, per table. */
export async function seedScale(
  client: pg.Client,
  families: number,
  days: number,
  progress: SeedProgress = () => undefined,
): Promise<Record<string, number>> {
  const chunk = 500;
  const started = performance.now();
  const tag = Date.now().toString(36);
  for (let first = 1; first <= families; first += chunk) {
    const last = Math.min(families, first + chunk - 1);
    await client.query(chunkSql(first, last, tag, days)).catch(async (error: Error) => {
      await client.query("ROLLBACK");
      throw error;
    });
    progress(last, families, performance.now() - started);
  }
  await client.query("ANALYZE");
  const tables = [
    "families",
    "family_members",
    "routines",
    "routine_items",
    "item_checks",
    "routine_completions",
    "points_entries",
    "habits",
    "habit_logs",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables)
    counts[table] = Number(
      (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n,
    );
  return counts;
}
