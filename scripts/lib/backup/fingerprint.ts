// Every table's row count and a hash of its rows, to compare two databases row for row (restore
// and conversion tests). Rows are hashed as PostgreSQL's to_json text, sorted.
import type { Queryable } from "./catalog";
import { tablesInLoadOrder } from "./catalog";
import { quote } from "./dump";

export type Fingerprints = Record<string, { rows: number; md5: string }>;

export async function tableFingerprints(db: Queryable): Promise<Fingerprints> {
  const result: Fingerprints = {};
  // to_json writes timestamptz in the session's zone: the same rows must give the same text.
  await db.query("SET TimeZone = 'UTC'");
  for (const { name } of await tablesInLoadOrder(db)) {
    const { rows } = await db.query<{ rows: number; md5: string }>(
      `SELECT count(*)::int AS rows,
              coalesce(md5(string_agg(j, E'\\n' ORDER BY j)), '') AS md5
       FROM (SELECT to_json(t)::text AS j FROM public.${quote(name)} t) AS r`,
    );
    result[name] = rows[0]!;
  }
  return result;
}
