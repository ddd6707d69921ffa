import "server-only";
import sharp from "sharp";
import { DomainError } from "@/lib/errors";
import {
  MAX_PHOTO_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_VOICE_BYTES,
  PHOTO_INPUT_FORMATS,
  PHOTO_TARGET_BYTES,
  PHOTO_MAX_SIDE,
  sniffAudio,
} from "@/lib/media/rules";

// What an upload becomes before it is stored (decision 017). A photo is decoded and drawn anew:
// nothing of the original file survives but its pixels (no EXIF, no GPS position, no camera
// serial, no embedded document), at most 512 px, as WebP. A voice clip is checked by its bytes.

const NOT_A_PHOTO = "That file is not a photo. Pick a JPEG, PNG, WebP, GIF or AVIF picture.";
const NOT_A_CLIP = "That file is not a voice recording. Record one, or pick an audio file.";
/** A decompression bomb (a small file of billions of pixels) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 60_000_000;

export type StoredPhoto = { data: Buffer; width: number; height: number };

export async function processPhoto(input: Uint8Array): Promise<StoredPhoto> {
  if (input.byteLength === 0) throw new DomainError(NOT_A_PHOTO);
  if (input.byteLength > MAX_UPLOAD_BYTES)
    throw new DomainError("That photo is over 5 MB. Pick a smaller one.");
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata());
  } catch {
    throw new DomainError(NOT_A_PHOTO);
  }
  // By content: an SVG or an HTML page named photo.jpg is not a raster image and is refused here.
  if (!format || !PHOTO_INPUT_FORMATS.has(format)) throw new DomainError(NOT_A_PHOTO);
  let smallest: StoredPhoto | null = null;
  try {
    // Good quality first; a very detailed photo is encoded again with less, down to the target.
    for (const quality of [78, 66, 54, 42]) {
      const { data, info } = await sharp(input, {
        limitInputPixels: MAX_INPUT_PIXELS,
        failOn: "error",
        animated: false,
      })
        .rotate() // the camera's orientation, applied to the pixels before the metadata goes
        .resize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality, effort: 4 })
        .toBuffer({ resolveWithObject: true });
      smallest = { data, width: info.width, height: info.height };
      if (data.byteLength <= PHOTO_TARGET_BYTES) return smallest;
    }
  } catch {
    throw new DomainError(NOT_A_PHOTO);
  }
  if (smallest && smallest.data.byteLength <= MAX_PHOTO_BYTES) return smallest;
  throw new DomainError("That photo has too much detail to store. Pick another one.");
}

export function checkVoice(input: Uint8Array): { data: Buffer; contentType: string } {
  if (input.byteLength > MAX_VOICE_BYTES)
    throw new DomainError("That recording is too long. Keep it under 15 seconds.");
  const contentType = sniffAudio(input);
  if (!contentType) throw new DomainError(NOT_A_CLIP);
  return { data: Buffer.from(input), contentType };
}
