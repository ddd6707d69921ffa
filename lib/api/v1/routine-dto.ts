// What the API sends about routines, their versions, a kid's day and its checks (see ./dto.ts).
import { z } from "zod";
import { clock, id, localDate, timestamp, undone, weekdays } from "@/lib/api/v1/dto";

export const routineSummaryDto = z
  .object({
    id,
    name: z.string(),
    icon: z.string(),
    weekdays,
    start: clock,
    end: clock,
    kidIds: z.array(id),
    archived: z.boolean(),
    revision: z.number().int().meta({
      description: "Send it back with PATCH; a save based on an older revision answers 409.",
    }),
    versionNumber: z.number().int(),
    points: z.number().int().meta({ description: "Points for finishing it on a day." }),
    remindAtEnd: z.boolean().meta({
      description: "Parents get a push when a kid has not finished it by the end of its window.",
    }),
    then: z
      .object({ emoji: z.string(), label: z.string() })
      .nullable()
      .meta({ description: "The card it ends with on the tablet's Now/Next board, or null." }),
    turns: z
      .object({ every: z.enum(["DAY", "WEEK"]), from: z.string() })
      .nullable()
      .meta({
        description:
          "null: every kid in `kidIds` does it. Else they take turns, oldest first, from `from`: " +
          "GET /api/v1/routines/{id}/turns says who has which day.",
      }),
    pool: z.boolean().meta({
      description:
        "A pool chore: every kid in `kidIds` is offered it and the first to check an item of it " +
        "that day takes it. GET /api/v1/routines/{id}/claims says who took which day.",
    }),
    createdAt: timestamp,
  })
  .meta({ title: "RoutineSummary" });

export const routineDto = routineSummaryDto
  .extend({
    cards: z.array(
      z.object({
        id,
        lineageId: id.meta({ description: "Stays the same across versions of the routine." }),
        title: z.string(),
        pictureEmoji: z.string(),
        durationSeconds: z.number().int().nullable(),
        photoId: id.nullable().meta({ description: "A photo shown instead of the emoji." }),
        voiceId: id.nullable().meta({ description: "A parent's recorded voice for the card." }),
        items: z.array(
          z.object({
            id,
            lineageId: id,
            label: z.string(),
            photoId: id.nullable(),
            voiceId: id.nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ title: "Routine" });

export const versionDto = z
  .object({
    number: z.number().int(),
    createdAt: timestamp,
    cards: z.number().int(),
    items: z.number().int(),
    checks: z.number().int().meta({ description: "Item checks kids made on this version." }),
    changes: z.array(z.string()).meta({ description: "What changed from the version before." }),
  })
  .meta({ title: "RoutineVersion" });

export const versionContentDto = z
  .object({
    routineId: id,
    number: z.number().int(),
    createdAt: timestamp,
    current: z.boolean(),
    cards: routineDto.shape.cards,
  })
  .meta({ title: "RoutineVersionContent" });

export const todayDto = z
  .object({
    member: z.object({ id, displayName: z.string(), avatarEmoji: z.string() }),
    date: localDate,
    routines: z.array(
      z.object({
        id,
        name: z.string(),
        icon: z.string(),
        start: clock,
        end: clock,
        versionNumber: z.number().int(),
        done: z.number().int(),
        total: z.number().int(),
        cards: z.array(
          z.object({
            id,
            title: z.string(),
            pictureEmoji: z.string(),
            durationSeconds: z.number().int().nullable(),
            items: z.array(z.object({ id, label: z.string(), checkId: id.nullable() })),
          }),
        ),
      }),
    ),
  })
  .meta({ title: "MemberToday" });

export const familyTodayDto = z
  .object({
    date: localDate,
    kids: z.array(todayDto.omit({ date: true })),
  })
  .meta({ title: "FamilyToday" });

export const checkDto = z
  .object({ id, memberId: id, itemId: id, date: localDate, undone })
  .meta({ title: "ItemCheck" });

export const checkListDto = z
  .object({
    date: localDate,
    data: z.array(
      z.object({
        id,
        memberId: id,
        itemId: id,
        routineId: id,
        versionNumber: z.number().int(),
        checkedAt: timestamp,
      }),
    ),
  })
  .meta({ title: "ChecksOfADay" });
