import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CardContent } from "@/lib/routines/rules";

type Tx = Prisma.TransactionClient;

/**
 * Writes a version's cards and items in two statements. Lineage ids the draft claims are kept only
 * when they exist in `known` (the routine's current content); anything else gets a new lineage.
 */
export async function writeVersionContent(
  tx: Tx,
  familyId: string,
  versionId: string,
  cards: readonly CardContent[],
  known: { cards: Set<string>; items: Set<string> },
) {
  const cardRows: Prisma.RoutineCardCreateManyInput[] = [];
  const itemRows: Prisma.RoutineItemCreateManyInput[] = [];
  cards.forEach((card, position) => {
    const cardId = randomUUID();
    cardRows.push({
      id: cardId,
      familyId,
      versionId,
      lineageId: card.lineageId && known.cards.has(card.lineageId) ? card.lineageId : randomUUID(),
      position,
      title: card.title,
      pictureEmoji: card.pictureEmoji,
      durationSeconds: card.durationSeconds,
      photoId: card.photoId ?? null,
      voiceId: card.voiceId ?? null,
    });
    card.items.forEach((item, itemPosition) => {
      itemRows.push({
        familyId,
        cardId,
        lineageId:
          item.lineageId && known.items.has(item.lineageId) ? item.lineageId : randomUUID(),
        position: itemPosition,
        label: item.label,
        photoId: item.photoId ?? null,
        voiceId: item.voiceId ?? null,
      });
    });
  });
  await tx.routineCard.createMany({ data: cardRows });
  if (itemRows.length > 0) await tx.routineItem.createMany({ data: itemRows });
}

export const contentSelect = {
  id: true,
  number: true,
  createdAt: true,
  cards: {
    orderBy: { position: "asc" },
    select: {
      lineageId: true,
      title: true,
      pictureEmoji: true,
      durationSeconds: true,
      photoId: true,
      voiceId: true,
      items: {
        orderBy: { position: "asc" },
        select: { lineageId: true, label: true, photoId: true, voiceId: true },
      },
    },
  },
} as const satisfies Prisma.RoutineVersionSelect;
