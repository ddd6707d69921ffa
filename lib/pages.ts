// Helpers for pages (server components): turning the data layer's "not found" into Next's 404.
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";

/** The route's id if it is a UUID; any other value is a 404, never a database error. */
export function uuidParam(value: string | string[] | undefined): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Awaits a load whose "not found" (also: another family's row) becomes the 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
