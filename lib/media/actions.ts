"use server";
// Uploading a photo or a recorded voice (issue 16): a server action, so Next's Origin check guards
// it like every other form (SECURITY.md #12). It answers the stored media's id for the form that
// will use it (a card, an item, a habit, a reward); nothing refers to it until that form saves.
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { requireParent } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { checkVoice, processPhoto } from "@/lib/media/process";
import { storeMedia } from "@/lib/media/queries";
import { MAX_UPLOAD_BYTES, mediaUrl } from "@/lib/media/rules";

const uploadSchema = z.strictObject({
  kind: z.enum(["PHOTO", "VOICE"], { error: "Say whether it is a photo or a recording." }),
  file: z.instanceof(File, { error: "Pick a file." }),
});

export const uploadMediaAction = validatedAction({
  schema: uploadSchema,
  authorize: requireParent,
  async run({ kind, file }, session) {
    if (file.size > MAX_UPLOAD_BYTES)
      throw new DomainError("That file is over 5 MB. Pick a smaller one.", {
        file: ["That file is over 5 MB. Pick a smaller one."],
      });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const id =
      kind === "PHOTO"
        ? await storeMedia(session.familyId, {
            kind,
            contentType: "image/webp",
            ...(await processPhoto(bytes)),
          })
        : await storeMedia(session.familyId, { kind, ...checkVoice(bytes) });
    return { ok: true, data: { id, url: mediaUrl(id) } };
  },
});
