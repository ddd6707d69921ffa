"use client";
import { uploadMediaAction } from "@/lib/media/actions";

/**
 * Sends a photo or clip to the server; answers its id, or the message to show (the server's, or
 * `words` in the page's language when the answer is missing).
 */
export async function uploadMedia(
  kind: "PHOTO" | "VOICE",
  file: Blob,
  name: string,
  words: { failed: string; offline: string },
): Promise<{ id: string } | { error: string }> {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", file, name);
  try {
    const result = await uploadMediaAction(null, form);
    if (result.ok && result.data?.id) return { id: result.data.id };
    return { error: result.ok ? words.failed : result.message };
  } catch {
    return { error: words.offline };
  }
}
