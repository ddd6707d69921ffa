// Photos and voice clips (issue 16, decision 017): the limits and the checks by content, pure.
// The upload (lib/media/process.ts) and the database's CHECK constraints hold the same limits.

/** What a parent may upload: a phone photo straight from the camera fits. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Photos are stored at most this many pixels wide and high (a card is ~300 px on a tablet). */
export const PHOTO_MAX_SIDE = 512;
/** What a stored photo aims at: a kid's day of 12 photo cards stays well under 1.5 MB. */
export const PHOTO_TARGET_BYTES = 60 * 1024;
/** A stored photo never exceeds this (a picture so detailed that even low quality is larger). */
export const MAX_PHOTO_BYTES = 300 * 1024;
/** A voice clip: 15 s, as the recorder stops itself; an upload is bounded by size instead
 * (15 s at 160 kbit/s), since a recording's length is not always in its header. */
export const MAX_VOICE_SECONDS = 15;
export const MAX_VOICE_BYTES = 320 * 1024;

/** Raster formats a photo may come in (as sharp names them). SVG is refused: it is a document. */
export const PHOTO_INPUT_FORMATS = new Set(["jpeg", "png", "webp", "gif", "heif", "avif", "tiff"]);

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
  prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The audio type of a clip, by its first bytes (never by its name or the type the browser
 * claims), or null when it is not a recording we play: WebM/Matroska (Chrome, Firefox), Ogg, MP4
 * (Safari), MP3 and WAV.
 */
export function sniffAudio(bytes: Uint8Array): string | null {
  if (bytes.length < 12) return null;
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return "audio/webm";
  if (startsWith(bytes, ascii("OggS"))) return "audio/ogg";
  if (startsWith(bytes, ascii("ftyp"), 4)) return "audio/mp4";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WAVE"), 8)) return "audio/wav";
  if (startsWith(bytes, ascii("ID3"))) return "audio/mpeg";
  // An MPEG audio frame: 11 sync bits, then a valid version and layer.
  if (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0)
    return "audio/mpeg";
  return null;
}

/** The path a stored photo or clip is served from (app/media/[id]/route.ts). */
export const mediaUrl = (id: string) => `/media/${id}`;
