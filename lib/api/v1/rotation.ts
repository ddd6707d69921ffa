// Sharing a routine in the API (issue 21): who has which day of a routine the kids take turns at,
// a parent's swap of a day, and who took a pool chore. The way a routine is shared is its `turns`
// or `pool` (POST/PATCH routines).
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { NotFoundError } from "@/lib/errors";
import { listTurns, rotationOf, swapTurn } from "@/lib/rotation/queries";
import { listClaims } from "@/lib/pool/queries";
import { addDays, isLocalDate } from "@/lib/time/rules";

const idParams = z.strictObject({ id: z.uuid() });
const localDate = z.string().refine(isLocalDate, "Use a date like 2026-11-30.");

const turnDto = z
  .object({
    date: z.string(),
    kidIds: z.array(z.uuid()).meta({
      description:
        "Who may do it that day: one kid; every kid of it before the rotation starts; none when " +
        "all of them are away.",
    }),
    turnOf: z
      .uuid()
      .nullable()
      .meta({ description: "Whose turn the period is by the rule (a kid away is covered)." }),
    stored: z
      .enum(["SWAP", "KEPT"])
      .nullable()
      .meta({ description: "SWAP: a parent gave the day; KEPT: kept when the rotation changed." }),
  })
  .meta({ title: "TurnDay" });

export const listTurnsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/routines/{id}/turns",
  operationId: "listTurns",
  tag: "Routines",
  summary: "Who has which day of a routine the kids take turns at",
  description: "A routine every kid does answers an empty list.",
  access: "read",
  params: idParams,
  query: z.strictObject({
    from: localDate.optional().meta({ description: "Default: the family's today." }),
    days: z.coerce.number().int().min(1).max(92).default(14),
  }),
  response: {
    status: 200,
    description: "One entry per day.",
    schema: z.object({ data: z.array(turnDto) }),
  },
  async handle({ caller, params, query }) {
    const { familyId, today } = callerOf(caller);
    const from = query.from ?? (await today());
    return { body: { data: await listTurns(familyId, params.id, from, query.days) } };
  },
});

export const swapTurnEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/routines/{id}/turns",
  operationId: "swapTurn",
  tag: "Routines",
  summary: "Give one day of a routine the kids take turns at to a kid (or back to the rule)",
  description:
    "`kidId` must take turns at it and be home that day (else 422); null gives the day back to " +
    "the rotation. Days from a week back to a year ahead. A routine every kid does answers 409.",
  access: "write",
  params: idParams,
  body: z.strictObject({ date: localDate, kidId: z.uuid().nullable() }),
  response: { status: 200, description: "The day now.", schema: turnDto },
  errors: [409, 413, 415, 422],
  example: { body: { date: "2026-12-05", kidId: null } },
  async handle({ caller, params, body }) {
    const { familyId } = callerOf(caller);
    await swapTurn(familyId, params.id, body.date, body.kidId);
    const [turn] = await listTurns(familyId, params.id, body.date, 1);
    if (!turn || !(await rotationOf(familyId, params.id))) throw new NotFoundError("That routine");
    return { body: turn };
  },
});

const claimDto = z
  .object({
    date: z.string(),
    planned: z.boolean().meta({ description: "Whether the routine is planned that weekday." }),
    kidId: z
      .uuid()
      .nullable()
      .meta({ description: "The kid who took it that day (their first check), or null." }),
    takenAt: z.iso.datetime().nullable(),
    done: z.boolean().meta({ description: "Whether that kid finished it that day." }),
  })
  .meta({ title: "ClaimDay" });

export const listClaimsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/routines/{id}/claims",
  operationId: "listClaims",
  tag: "Routines",
  summary: "Who took a pool chore on which day",
  description:
    "A pool chore is offered to every kid it is for; the first to check an item of it that day " +
    "takes it, and undoing their last check gives it back. Days from the one it became a pool " +
    "chore; a routine that is not one answers an empty list.",
  access: "read",
  params: idParams,
  query: z.strictObject({
    from: localDate.optional().meta({ description: "Default: 13 days before the family's today." }),
    days: z.coerce.number().int().min(1).max(92).default(14),
  }),
  response: {
    status: 200,
    description: "One entry per day, oldest first.",
    schema: z.object({ data: z.array(claimDto) }),
  },
  async handle({ caller, params, query }) {
    const { familyId, today } = callerOf(caller);
    const from = query.from ?? addDays(await today(), -13);
    return { body: { data: await listClaims(familyId, params.id, from, query.days) } };
  },
});
