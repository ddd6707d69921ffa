// The backup file: gzip-compressed JSON lines, written and read as a stream so a family's whole
// history never has to fit in memory (docs/decisions/010-backups-without-pg-dump.md).
//
//   {"header":{format, formatVersion, createdAt, appVersion, server, migrations, tables}}
//   {"table":"families","columns":["id","name",…]}
//   {"row":{…}}                      one per row, as PostgreSQL's to_json() writes it
//   …
//   {"end":{"rows":{"families":3,…},"sha256":"…"}}
//
// The last line carries the SHA-256 of every byte before it and the row count of every table, so
// a truncated, edited or corrupted file is recognised before anything is restored from it (gzip's
// own CRC catches most damage first).
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { pipeline } from "node:stream";
import { createGunzip, createGzip, type Gzip } from "node:zlib";

export const FORMAT = "family-routines-backup";
export const FORMAT_VERSION = 1;

export type Migration = { name: string; checksum: string };
export type BackupHeader = {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  server: string;
  migrations: Migration[];
  tables: string[];
};
export type BackupEnd = { rows: Record<string, number>; sha256: string };
export type BackupSummary = { header: BackupHeader; rows: Record<string, number> };

export class BackupFileError extends Error {
  override name = "BackupFileError";
}

export class BackupWriter {
  private readonly gzip: Gzip;
  private readonly file: WriteStream;
  private readonly hash: Hash = createHash("sha256");
  private readonly done: Promise<void>;

  constructor(path: string) {
    this.gzip = createGzip({ level: 6 });
    this.file = createWriteStream(path, { mode: 0o600 });
    this.gzip.pipe(this.file);
    this.done = new Promise((resolve, reject) => {
      this.file.on("finish", resolve);
      this.file.on("error", reject);
      this.gzip.on("error", reject);
    });
  }

  /** Writes one line (already serialised JSON); waits when the disk is slower than the database. */
  async line(json: string): Promise<void> {
    const bytes = `${json}\n`;
    this.hash.update(bytes);
    if (!this.gzip.write(bytes)) await new Promise((r) => this.gzip.once("drain", r));
  }

  async finish(rows: Record<string, number>): Promise<void> {
    const end: BackupEnd = { rows, sha256: this.hash.digest("hex") };
    this.gzip.end(`${JSON.stringify({ end })}\n`);
    await this.done;
  }
}

type Line =
  | { header: BackupHeader }
  | { table: string; columns: string[] }
  | { row: Record<string, unknown> }
  | { end: BackupEnd };

export type BackupEvent =
  | { kind: "table"; table: string; columns: string[] }
  | { kind: "row"; table: string; row: Record<string, unknown> };

function damaged(path: string, why: string): BackupFileError {
  return new BackupFileError(`${path} is not a usable backup: ${why}. Nothing was changed.`);
}

/**
 * Reads a backup from start to end, checking everything the format promises, and calls `onEvent`
 * for each table and row in file order. Throws BackupFileError on the first problem; the caller
 * decides whether what it did with the events so far must be undone (restore verifies the whole
 * file first and only then reads it again to load it).
 */
export async function readBackup(
  path: string,
  onEvent: (event: BackupEvent) => void | Promise<void> = () => undefined,
): Promise<BackupSummary> {
  const hash = createHash("sha256");
  const gunzip = createGunzip();
  // pipeline() passes a read error (no such file) on to gunzip; iterating gunzip throws it, and
  // gunzip's own errors (bad CRC, cut short), where they happen.
  pipeline(createReadStream(path), gunzip, () => undefined);
  gunzip.setEncoding("utf8");

  let header: BackupHeader | undefined;
  let end: BackupEnd | undefined;
  let table: string | undefined;
  const rows: Record<string, number> = {};
  try {
    for await (const text of lines(gunzip)) {
      if (end) throw damaged(path, "it has data after its last line");
      let line: Line;
      try {
        line = JSON.parse(text) as Line;
      } catch {
        throw damaged(path, "a line is not valid JSON");
      }
      if ("end" in line) {
        end = line.end;
        continue;
      }
      hash.update(`${text}\n`);
      if ("header" in line) {
        if (header) throw damaged(path, "it has two headers");
        if (line.header?.format !== FORMAT)
          throw damaged(path, "it is not a family-routines backup");
        if (line.header.formatVersion > FORMAT_VERSION)
          throw damaged(
            path,
            `it was made by a newer version (format ${line.header.formatVersion})`,
          );
        header = line.header;
      } else if (!header) {
        throw damaged(path, "it does not start with a family-routines backup header");
      } else if ("table" in line) {
        if (!header.tables.includes(line.table) || line.table in rows)
          throw damaged(path, `unexpected table section "${line.table}"`);
        table = line.table;
        rows[table] = 0;
        await onEvent({ kind: "table", table, columns: line.columns });
      } else if ("row" in line && table) {
        rows[table]! += 1;
        await onEvent({ kind: "row", table, row: line.row });
      } else {
        throw damaged(path, "it has a line of an unknown kind");
      }
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    throw damaged(path, describeStreamError(error as Error));
  }
  if (!header) throw damaged(path, "it is empty");
  if (!end) throw damaged(path, "it ends before its last line (truncated?)");
  if (end.sha256 !== hash.digest("hex"))
    throw damaged(path, "its checksum does not match its content (edited or corrupted)");
  for (const name of header.tables) {
    if ((rows[name] ?? -1) !== end.rows[name])
      throw damaged(
        path,
        `table ${name} has ${rows[name] ?? 0} rows, its last line says ${end.rows[name]}`,
      );
  }
  return { header, rows };
}

/** The stream's text, line by line (the last line has its newline, as the writer writes it). */
async function* lines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of text) {
    rest += chunk;
    let newline = rest.indexOf("\n");
    while (newline >= 0) {
      yield rest.slice(0, newline);
      rest = rest.slice(newline + 1);
      newline = rest.indexOf("\n");
    }
  }
  if (rest.length > 0) yield rest;
}

function describeStreamError(error: Error & { code?: string }): string {
  if (error.code === "ENOENT") return "the file does not exist";
  if (error.code === "Z_BUF_ERROR") return "it ends in the middle (truncated)";
  if (error.code?.startsWith("Z_")) return "it is not a gzip file or is corrupted";
  return error.message;
}
