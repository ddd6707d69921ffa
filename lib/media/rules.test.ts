import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sniffAudio } from "@/lib/media/rules";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );
const pad = new Array(16).fill(0);

describe("sniffAudio", () => {
  it("knows recordings by their first bytes", () => {
    expect(sniffAudio(bytes([0x1a, 0x45, 0xdf, 0xa3], pad))).toBe("audio/webm");
    expect(sniffAudio(bytes("OggS", pad))).toBe("audio/ogg");
    expect(sniffAudio(bytes([0, 0, 0, 0x20], "ftypM4A ", pad))).toBe("audio/mp4");
    expect(sniffAudio(bytes("RIFF", [0, 0, 0, 0], "WAVE", pad))).toBe("audio/wav");
    expect(sniffAudio(bytes("ID3", pad))).toBe("audio/mpeg");
    expect(sniffAudio(bytes([0xff, 0xfb, 0x90, 0x64], pad))).toBe("audio/mpeg");
  });

  it("refuses documents and pictures, whatever they are called", () => {
    expect(sniffAudio(bytes("<!doctype html><script>", pad))).toBeNull();
    expect(sniffAudio(bytes("<svg xmlns='http://www.w3.org/2000/svg'>", pad))).toBeNull();
    expect(sniffAudio(bytes([0xff, 0xd8, 0xff, 0xe0], pad))).toBeNull(); // a JPEG
    expect(sniffAudio(bytes([0x89], "PNG", pad))).toBeNull();
    expect(sniffAudio(bytes("RIFF", [0, 0, 0, 0], "WEBP", pad))).toBeNull(); // a WebP photo
    expect(sniffAudio(bytes("OggS"))).toBeNull(); // too short to be a clip
  });

  it("never calls text a recording", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 200 }), (text) => {
        const type = sniffAudio(new TextEncoder().encode(text));
        // Text can only look like the four formats whose signatures are printable.
        return (
          type === null ||
          (type === "audio/ogg" && text.startsWith("OggS")) ||
          (type === "audio/mpeg" && text.startsWith("ID3")) ||
          (type === "audio/wav" && text.startsWith("RIFF")) ||
          (type === "audio/mp4" && text.slice(4, 8) === "ftyp")
        );
      }),
    );
  });
});
