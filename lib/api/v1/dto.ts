// What the API sends: plain JSON with allow-listed fields. z.object (not strictObject) strips any
// key a query happened to select, so a column added later never leaks by accident.
import { z } from "zod";
import { CARD_SIZES, READING_LEVELS, TIMER_SOUNDS } from "@/lib/families/kid-look";

export const id = z.uuid();
export const localDate = z.iso.date().meta({ description: "A local date, YYYY-MM-DD." });

export const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .meta({ description: "A wall-clock time, HH:MM, in the family's time zone." });
const timestamp = z.iso.datetime({ offset: true });

export const kidLookDto = z
  .object({
    readingLevel: z.enum(READING_LEVELS).meta({
      description:
        "PICTURES: no words on cards and items (a speaker button reads them aloud); " +
        "PICTURES_AND_WORDS; WORDS.",
    }),
    cardSize: z.enum(CARD_SIZES),
    readSteps: z.boolean().meta({
      description: "The one-card view reads each new card aloud after the kid's tap.",
    }),
    timerSound: z.enum(TIMER_SOUNDS).meta({ description: "What a card's timer does at its end." }),
  })
  .meta({
    title: "KidLook",
    description: "How a kid's day looks and sounds on the family tablet.",
  });

export const memberDto = z
  .object({
    id,
    role: z.enum(["PARENT", "CHILD"]),
    displayName: z.string(),
    avatarEmoji: z.string(),
    avatarColor: z.string(),
    archived: z.boolean(),
    hasPin: z.boolean().meta({ description: "Whether a kid has a PIN (never the PIN itself)." }),
    look: kidLookDto
      .nullable()
      .meta({ description: "A kid's tablet settings; null for a parent." }),
  })
  .meta({ title: "Member" });

export const familyDto = z
  .object({
    id,
    name: z.string(),
    timeZone: z.string().meta({ description: "IANA time zone, e.g. Europe/Berlin." }),
    dayStartMinute: z.number().int(),
    weekStart: z
      .number()
      .int()
      .meta({ description: "The first day of the family's week: 1 Monday, 6 Saturday, 7 Sunday." }),
    clock: z
      .enum(["H24", "H12"])
      .meta({ description: 'How the app shows times: 24 hours ("19:30") or 12 ("7:30 PM").' }),
    today: localDate.meta({ description: "The family's current local date (after day start)." }),
    currency: z.string().meta({
      description: "ISO 4217 code of the family's money; amounts are in its minor units.",
    }),
    exchange: z
      .object({
        stars: z.number().int().meta({ description: "Stars given …" }),
        minor: z.number().int().meta({ description: "… for this much money, in minor units." }),
      })
      .nullable()
      .meta({
        description: "The rate at which kids may turn stars into money; null: not allowed.",
      }),
    members: z.array(memberDto),
  })
  .meta({ title: "Family" });

const weekdays = z
  .array(z.number().int().min(1).max(7))
  .meta({ description: "ISO weekdays: 1 = Monday … 7 = Sunday." });

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

const undone = z
  .literal(true)
  .optional()
  .meta({
    description:
      "Present on a replay of a request whose result was undone since: nothing was stored, and " +
      "what was undone stays undone.",
  });

export const checkDto = z
  .object({ id, memberId: id, itemId: id, date: localDate, undone })
  .meta({ title: "ItemCheck" });

export const streakDto = z
  .object({ current: z.number().int(), longest: z.number().int() })
  .meta({ title: "Streak" });

export const habitDto = z
  .object({
    id,
    memberId: id,
    name: z.string(),
    icon: z.string(),
    cadence: z.enum(["DAILY", "WEEKLY"]),
    weekdays,
    timesPerWeek: z.number().int().nullable(),
    unit: z
      .enum(["MINUTES", "TIMES", "PAGES", "GLASSES", "KM"])
      .nullable()
      .meta({ description: "A measured habit's unit; null for a habit done or not." }),
    target: z.number().int().nullable().meta({
      description: "A measured habit's goal per due day (DAILY) or family week (WEEKLY).",
    }),
    startDate: localDate,
    points: z
      .number()
      .int()
      .meta({ description: "Points for each log, or each period a measured habit's goal is met." }),
    archived: z.boolean(),
    createdAt: timestamp,
  })
  .meta({ title: "Habit" });

export const habitLogDto = z
  .object({
    id,
    habitId: id,
    date: localDate,
    count: z.number().int(),
    note: z.string().nullable(),
    streak: streakDto,
    undone,
  })
  .meta({ title: "HabitLog" });

export const habitStreakDto = streakDto
  .extend({ habitId: id, computedFor: localDate })
  .meta({ title: "HabitStreak" });

export const whoAmIDto = z
  .object({
    via: z.enum(["token", "session"]),
    familyId: id,
    memberId: id.meta({
      description: "The parent acting: the token's creator, or the signed-in parent.",
    }),
    scope: z.enum(["READ", "READ_WRITE"]),
    token: z
      .object({
        id,
        name: z.string(),
        prefix: z
          .string()
          .meta({ description: "The first characters of the secret, to tell tokens apart." }),
        createdAt: timestamp,
        expiresAt: timestamp.nullable(),
        lastUsedAt: timestamp.nullable(),
      })
      .nullable()
      .meta({ description: "The token this request came with; null with a session cookie." }),
  })
  .meta({ title: "WhoAmI" });

export const familyTodayDto = z
  .object({
    date: localDate,
    kids: z.array(todayDto.omit({ date: true })),
  })
  .meta({ title: "FamilyToday" });

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

export const pointsEntryDto = z
  .object({
    id,
    delta: z.number().int().meta({ description: "Points added (positive) or spent (negative)." }),
    source: z.enum(["ROUTINE", "HABIT", "REWARD", "UNDO", "CORRECTION", "EXCHANGE"]),
    reason: z.string(),
    createdAt: timestamp,
  })
  .meta({ title: "PointsEntry" });

export const rewardDto = z
  .object({
    id,
    name: z.string(),
    emoji: z.string(),
    cost: z.number().int(),
    active: z.boolean().meta({ description: "Offered on the tablet; false when hidden." }),
    createdAt: timestamp,
  })
  .meta({ title: "Reward" });

export const rewardRequestDto = z
  .object({
    id,
    memberId: id,
    rewardId: id,
    cost: z.number().int().meta({ description: "The cost when the kid asked." }),
    status: z.enum(["PENDING", "APPROVED", "DENIED"]),
    createdAt: timestamp,
    decidedAt: timestamp.nullable(),
    decidedById: id.nullable(),
  })
  .meta({ title: "RewardRequest" });

export const versionContentDto = z
  .object({
    routineId: id,
    number: z.number().int(),
    createdAt: timestamp,
    current: z.boolean(),
    cards: routineDto.shape.cards,
  })
  .meta({ title: "RoutineVersionContent" });

export const habitPauseDto = z
  .object({
    id,
    kind: z.enum(["PAUSE", "EXCUSED"]),
    startDate: localDate,
    endDate: localDate,
    reason: z.string(),
    wholeMember: z
      .boolean()
      .meta({ description: "The pause covers every habit of the member, not only this one." }),
    createdAt: timestamp,
  })
  .meta({ title: "HabitPause" });

export const habitLogEntryDto = habitLogDto
  .omit({ streak: true, undone: true })
  .extend({ createdAt: timestamp })
  .meta({ title: "HabitLogEntry" });
