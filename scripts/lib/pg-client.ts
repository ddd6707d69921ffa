// One connection for one piece of work, always closed: the tools beside the app (backup, restore,
// the embedded server's start) and their tests use it instead of a pool.
import pg from "pg";

export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
