// Recognising Prisma's known request errors by code, without importing the generated runtime into
// every caller.
function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** A unique constraint said no (P2002). */
export const isUniqueViolation = (error: unknown) => prismaCode(error) === "P2002";

/** The row to update or delete does not exist (P2025). */
export const isRecordMissing = (error: unknown) => prismaCode(error) === "P2025";
