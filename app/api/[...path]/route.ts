// Paths under /api that no route matches (an unknown version like /api/v2/…, a typo) answer in
// the API's error shape with a request id, not with the app's HTML 404 page.
import { unknownApiPath } from "@/lib/api/fallbacks";

export const GET = unknownApiPath;
export const POST = unknownApiPath;
export const PATCH = unknownApiPath;
export const PUT = unknownApiPath;
export const DELETE = unknownApiPath;
