// Unknown /api/v1 paths answer in the API's error shape (lib/api/fallbacks.ts).
import { unknownApiPath } from "@/lib/api/fallbacks";

export const GET = unknownApiPath;
export const POST = unknownApiPath;
export const PATCH = unknownApiPath;
export const PUT = unknownApiPath;
export const DELETE = unknownApiPath;
