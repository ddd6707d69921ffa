// What happens in a family, as the outbox records it (migration outbox_and_webhooks writes them
// with the change, by triggers) and as webhooks deliver it. The names are a public contract:
// receivers subscribe to them, so a name never changes and a new kind of event gets a new name.
import { z } from "zod";

export const EVENT_TYPES = [
  "check.added",
  "routine.completed",
  "habit.logged",
  "points.changed",
  "reward.requested",
  "reward.approved",
  "reward.denied",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export const eventType = z.enum(EVENT_TYPES);

const id = z.uuid();
const day = z.iso.date().meta({ description: "The family's local day it counts for." });
const request = z.strictObject({
  requestId: id,
  kidId: id,
  rewardId: id,
  cost: z.int().meta({ description: "Stars, as asked." }),
  status: z.enum(["PENDING", "APPROVED", "DENIED"]),
});

/** Each event's `data`, exactly as the outbox trigger builds it (checked by the tests). */
export const EVENT_DATA = {
  "check.added": z
    .strictObject({ checkId: id, kidId: id, itemId: id, versionId: id, date: day })
    .meta({ description: "A kid's item was checked (by the tablet, a parent or the API)." }),
  "routine.completed": z
    .strictObject({ kidId: id, routineId: id, versionId: id, date: day })
    .meta({ description: "The check that finished every item of a kid's routine for the day." }),
  "habit.logged": z
    .strictObject({ logId: id, habitId: id, kidId: id, date: day, count: z.int() })
    .meta({ description: "A habit was logged for a day." }),
  "points.changed": z
    .strictObject({
      entryId: id,
      kidId: id,
      delta: z.int().meta({ description: "Stars added (negative: spent or taken back)." }),
      source: z.enum(["ROUTINE", "HABIT", "REWARD", "UNDO", "CORRECTION", "EXCHANGE"]),
      balance: z.int().meta({ description: "The kid's stars after the change." }),
    })
    .meta({ description: "A kid's stars changed." }),
  "reward.requested": request.meta({ description: "A kid asked for a reward on the tablet." }),
  "reward.approved": request.meta({ description: "A parent approved a request: stars spent." }),
  "reward.denied": request.meta({ description: "A parent denied a request." }),
} satisfies Record<EventType, z.ZodType>;

/** The whole body of one event type, for the OpenAPI document's webhooks and the tests. */
export function eventBodySchema(type: EventType) {
  return z.strictObject({
    id: z.string().meta({ description: "The event's id: the same on every retry." }),
    type: z.literal(type),
    familyId: id,
    occurredAt: z.iso.datetime().meta({ description: "When the change was committed." }),
    data: EVENT_DATA[type],
  });
}

/** The body a webhook receives: the same for every attempt (its bytes are what is signed). */
export type EventBody = {
  /** Stable per event: a receiver that sees it twice (after a lost answer) ignores the second. */
  id: string;
  type: EventType;
  familyId: string;
  /** When the change was committed, ISO 8601. */
  occurredAt: string;
  data: Record<string, unknown>;
};

export function eventBody(event: {
  id: bigint;
  familyId: string;
  type: string;
  data: unknown;
  createdAt: Date;
}): EventBody {
  return {
    id: `evt_${event.id}`,
    type: eventType.parse(event.type),
    familyId: event.familyId,
    occurredAt: event.createdAt.toISOString(),
    data: event.data as Record<string, unknown>,
  };
}
