// Unknown /api/v1 paths answer in the API's error shape (lib/api/unknown-path.ts).
import { unknownApiPath } from "@/lib/api/unknown-path";

export const GET = unknownApiPath;
export const POST = unknownApiPath;
export const PATCH = unknownApiPath;
export const PUT = unknownApiPath;
export const DELETE = unknownApiPath;
