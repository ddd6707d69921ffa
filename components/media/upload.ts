"use client";
import { uploadMediaAction } from "@/lib/media/actions";

/** Sends a photo or clip to the server; answers its id, or the message to show. */
export async function uploadMedia(
  kind: "PHOTO" | "VOICE",
  file: Blob,
  name: string,
): Promise<{ id: string } | { error: string }> {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", file, name);
  try {
    const result = await uploadMediaAction(null, form);
    if (result.ok && result.data?.id) return { id: result.data.id };
    return { error: result.ok ? "Something went wrong. Try again." : result.message };
  } catch {
    return { error: "Could not reach the server. Try again in a moment." };
  }
}
