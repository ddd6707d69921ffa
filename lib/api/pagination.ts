// Cursor pagination for the API's lists: keyset on (createdAt, id), so pages are stable while rows
// are added, and a cursor is opaque to clients (base64url JSON) but cheap to check.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(50)
    .meta({ description: "Items per page, 1 to 100 (default 50)." }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "The `nextCursor` of the previous page." }),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  });
}

const cursorShape = z.strictObject({ at: z.iso.datetime(), id: z.uuid() });
export type Cursor = { at: Date; id: string };

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined) return null;
  try {
    const parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString()));
    return { at: new Date(parsed.at), id: parsed.id };
  } catch {
    throw new ApiError(400, "invalid_input", "That cursor is not valid.", {
      cursor: ["Use the nextCursor of the previous page."],
    });
  }
}

function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ at: row.createdAt.toISOString(), id: row.id })).toString(
    "base64url",
  );
}

/** The Prisma `where` and `orderBy` for the page after `cursor`. Fetch `limit + 1` rows. */
export function keyset(cursor: Cursor | null) {
  return {
    where: cursor
      ? {
          OR: [{ createdAt: { gt: cursor.at } }, { createdAt: cursor.at, id: { gt: cursor.id } }],
        }
      : {},
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  };
}

/** keyset() for lists shown newest first. */
export function keysetNewestFirst(cursor: Cursor | null) {
  return {
    where: cursor
      ? {
          OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }],
        }
      : {},
  };
}

/** Cuts the extra row off and says where the next page starts. */
export function pageOf<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
