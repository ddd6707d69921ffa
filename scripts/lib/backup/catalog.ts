// What a backup needs to know of the schema, read from PostgreSQL's catalog: the tables of
// `public`, their columns and primary keys, in an order that satisfies every foreign key.
// Unlogged tables are left out: they hold what PostgreSQL itself throws away after a crash
// (live_changes, the live pages' notes for the relay), never the family's data.

/** The subset of `pg.Client` (and of PGlite) that backups use. */
export type Queryable = {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
};

export type TableInfo = { name: string; columns: string[]; primaryKey: string[] };

type CatalogRow = { name: string; columns: string[] | null; primaryKey: string[] | null };
type ForeignKey = { child: string; parent: string };

export async function tablesInLoadOrder(db: Queryable): Promise<TableInfo[]> {
  const { rows: tables } = await db.query<CatalogRow>(`
    SELECT c.relname AS name,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
      (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM pg_index i
        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE i.indrelid = c.oid AND i.indisprimary) AS "primaryKey"
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relpersistence = 'p'
    ORDER BY c.relname`);
  const { rows: keys } = await db.query<ForeignKey>(`
    SELECT child.relname AS child, parent.relname AS parent
    FROM pg_constraint f
    JOIN pg_class child ON child.oid = f.conrelid
    JOIN pg_class parent ON parent.oid = f.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE f.contype = 'f' AND n.nspname = 'public'`);
  const order = loadOrder(
    tables.map((t) => t.name),
    keys,
  );
  const byName = new Map(tables.map((t) => [t.name, t]));
  return order.map((name) => {
    const table = byName.get(name)!;
    return { name, columns: table.columns ?? [], primaryKey: table.primaryKey ?? [] };
  });
}

/**
 * Parents before children (Kahn's algorithm, ties by name so the order is stable). A table that
 * references itself does not wait for itself; a cycle between tables is an error, because rows
 * could then only be loaded with the foreign keys switched off.
 */
export function loadOrder(tables: string[], keys: ForeignKey[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of keys)
    if (child !== parent && parents.has(child) && parents.has(parent))
      parents.get(child)!.add(parent);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = [...parents.keys()]
      .filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)))
      .sort();
    if (ready.length === 0)
      throw new Error(
        `foreign keys form a cycle between: ${tables.filter((t) => !placed.has(t)).join(", ")}`,
      );
    for (const table of ready) {
      order.push(table);
      placed.add(table);
    }
  }
  return order;
}
