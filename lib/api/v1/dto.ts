// What the API sends: plain JSON with allow-listed fields. z.object (not strictObject) strips any
// key a query happened to select, so a column added later never leaks by accident. Here: the
// scalars every answer shares, the family and its members, points and rewards; routines and checks
// are in ./routine-dto.ts, habits in ./habit-dto.ts.
import { z } from "zod";
import { CARD_SIZES, READING_LEVELS, TIMER_SOUNDS } from "@/lib/families/kid-look";

export const id = z.uuid();

export const localDate = z.iso.date().meta({ description: "A local date, YYYY-MM-DD." });

export const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .meta({ description: "A wall-clock time, HH:MM, in the family's time zone." });

export const timestamp = z.iso.datetime({ offset: true });

export const weekdays = z
  .array(z.number().int().min(1).max(7))
  .meta({ description: "ISO weekdays: 1 = Monday … 7 = Sunday." });

export const undone = z
  .literal(true)
  .optional()
  .meta({
    description:
      "Present on a replay of a request whose result was undone since: nothing was stored, and " +
      "what was undone stays undone.",
  });

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
