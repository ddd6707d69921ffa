// The family's money in the API (issue 20): stars corrected by hand, a kid's jars and money
// ledger, money in and out and between jars, stars exchanged for money, and the savings goal (the
// allowance: ./allowance.ts). The same rules as the pages: no jar and no star balance below zero, whole minor
// units of the family's currency, one goal at a time.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import {
  decodeCursor,
  keysetNewestFirst,
  pageOf,
  pageQuery,
  pageSchema,
} from "@/lib/api/pagination";
import { getFamily, getMember } from "@/lib/families/queries";
import { closeGoal, goalProgress, setGoal } from "@/lib/money/goals";
import {
  changeMoney,
  exchangePoints,
  jarBalances,
  moneyEntries,
  moveMoney,
} from "@/lib/money/queries";
import { JARS, MAX_AMOUNT } from "@/lib/money/rules";
import { correctPoints } from "@/lib/points/queries";
import { NotFoundError } from "@/lib/errors";

export const idParams = z.strictObject({ id: z.uuid() });
const jar = z.enum(JARS).meta({ description: "SPEND, SAVE or GIVE." });
const minor = z
  .int()
  .min(1)
  .max(MAX_AMOUNT)
  .meta({ description: "Minor units of the family's currency (cents), positive." });
const jarsDto = z
  .object({ SPEND: z.int(), SAVE: z.int(), GIVE: z.int() })
  .meta({ title: "Jars", description: "What each jar holds, in minor units." });
const note = z.string().trim().min(1).max(80);

export async function kidOf(familyId: string, id: string) {
  const member = await getMember(familyId, id);
  if (member.role !== "CHILD") throw new NotFoundError("That kid");
  return member;
}

export const correctPointsEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members/{id}/points/corrections",
  operationId: "correctPoints",
  tag: "Points",
  summary: "Add or take away stars by hand, with a reason",
  description:
    "A positive `delta` adds stars, a negative one takes them away; the kid reads the reason on " +
    "the tablet. Taking away more than the kid has answers 409 and changes nothing.",
  access: "write",
  params: idParams,
  body: z.strictObject({
    delta: z
      .int()
      .min(-10_000)
      .max(10_000)
      .refine((d) => d !== 0, "Use a number other than 0."),
    reason: note.meta({ description: "What the kid reads, e.g. “Helped Grandma”." }),
  }),
  response: {
    status: 201,
    description: "The entry and the kid's stars now.",
    schema: z.object({ id: z.uuid(), delta: z.int(), reason: z.string(), balance: z.int() }),
  },
  errors: [409, 413, 415],
  example: { body: { delta: 5, reason: "Helped Grandma" } },
  async handle({ caller, params, body }) {
    const { familyId, memberId } = callerOf(caller);
    const { entry, balance } = await correctPoints(familyId, params.id, body, memberId);
    return {
      status: 201,
      body: { id: entry.id, delta: entry.delta, reason: entry.reason, balance },
    };
  },
});

const moneyEntryDto = z
  .object({
    id: z.uuid(),
    jar,
    amount: z.int().meta({ description: "Minor units; negative took money out." }),
    kind: z.enum(["PAYOUT", "DEPOSIT", "WITHDRAWAL", "MOVE", "EXCHANGE"]),
    note: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ title: "MoneyEntry" });

export const memberMoneyEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}/money",
  operationId: "getMemberMoney",
  tag: "Money",
  summary: "A kid's jars and their latest money entries",
  description: "Append-only, like the stars: each jar's balance is the sum of its entries.",
  access: "read",
  params: idParams,
  query: z.strictObject(pageQuery),
  response: {
    status: 200,
    description: "The currency, the jars and one page of entries, newest first.",
    schema: pageSchema(moneyEntryDto).extend({
      memberId: z.uuid(),
      currency: z.string(),
      jars: jarsDto,
    }),
  },
  async handle({ caller, params, query }) {
    const { familyId } = callerOf(caller);
    await kidOf(familyId, params.id);
    const [family, jars, rows] = await Promise.all([
      getFamily(familyId),
      jarBalances(familyId, params.id),
      moneyEntries(
        familyId,
        params.id,
        query.limit + 1,
        keysetNewestFirst(decodeCursor(query.cursor)).where,
      ),
    ]);
    const page = pageOf(rows, query.limit);
    return {
      body: {
        memberId: params.id,
        currency: family.currency,
        jars,
        ...page,
        data: page.data.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
      },
    };
  },
});

export const changeMoneyEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members/{id}/money",
  operationId: "changeMoney",
  tag: "Money",
  summary: "Put money in a jar, or take it out",
  description:
    "Taking out more than the jar holds answers 422 (`fieldErrors.amount`) and changes nothing.",
  access: "write",
  params: idParams,
  body: z.strictObject({ kind: z.enum(["DEPOSIT", "WITHDRAWAL"]), jar, amount: minor, note }),
  response: { status: 201, description: "The jars now.", schema: z.object({ jars: jarsDto }) },
  errors: [413, 415, 422],
  example: { body: { kind: "DEPOSIT", jar: "SAVE", amount: 1000, note: "Birthday money" } },
  async handle({ caller, params, body }) {
    const { familyId, memberId } = callerOf(caller);
    const { jars } = await changeMoney(familyId, params.id, body, memberId);
    return { status: 201, body: { jars } };
  },
});

export const moveMoneyEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members/{id}/money/moves",
  operationId: "moveMoney",
  tag: "Money",
  summary: "Move money from one jar to another",
  description:
    "Two entries in one transaction; more than the jar holds answers 422, the same jar twice 409.",
  access: "write",
  params: idParams,
  body: z.strictObject({ from: jar, to: jar, amount: minor }),
  response: { status: 200, description: "The jars now.", schema: z.object({ jars: jarsDto }) },
  errors: [409, 413, 415, 422],
  example: { body: { from: "SPEND", to: "SAVE", amount: 200 } },
  async handle({ caller, params, body }) {
    const { familyId, memberId } = callerOf(caller);
    return { body: { jars: await moveMoney(familyId, params.id, body, memberId) } };
  },
});

export const exchangeEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members/{id}/exchanges",
  operationId: "exchangePoints",
  tag: "Money",
  summary: "Turn stars into money at the family's rate",
  description:
    "Only when the family allows it (409 otherwise), in whole steps of the rate; one entry in " +
    "each ledger, in one transaction, the money into the spend jar.",
  access: "write",
  params: idParams,
  body: z.strictObject({ points: z.int().min(1).max(100_000) }),
  response: {
    status: 201,
    description: "The stars left and the money made.",
    schema: z.object({ points: z.int(), money: z.int() }),
  },
  errors: [409, 413, 415],
  example: { body: { points: 20 } },
  async handle({ caller, params, body }) {
    const { familyId, memberId } = callerOf(caller);
    return { status: 201, body: await exchangePoints(familyId, params.id, body.points, memberId) };
  },
});

const goalDto = z
  .object({
    kind: z.enum(["REWARD", "WISH"]),
    label: z.string(),
    emoji: z.string(),
    price: z.int().meta({ description: "Stars (REWARD) or minor units (WISH), as when chosen." }),
    have: z.int(),
    reached: z.boolean(),
  })
  .nullable()
  .meta({ title: "SavingsGoal" });

const goalOut = async (familyId: string, kidId: string) => {
  const goal = await goalProgress(familyId, kidId);
  return (
    goal && {
      kind: goal.kind,
      label: goal.label,
      emoji: goal.emoji,
      price: goal.price,
      have: goal.have,
      reached: goal.reached,
    }
  );
};

export const getGoalEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}/goal",
  operationId: "getGoal",
  tag: "Money",
  summary: "A kid's savings goal and how far along they are",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The open goal, or null.", schema: goalDto },
  async handle({ caller, params }) {
    const { familyId } = callerOf(caller);
    await kidOf(familyId, params.id);
    return { body: await goalOut(familyId, params.id) };
  },
});

export const setGoalEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members/{id}/goal",
  operationId: "setGoal",
  tag: "Money",
  summary: "Set a kid's savings goal (the one before it is closed)",
  description: "A reward's price is kept as it is now; a wish has its own price in minor units.",
  access: "write",
  params: idParams,
  body: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("REWARD"), rewardId: z.uuid() }),
    z.strictObject({
      kind: z.literal("WISH"),
      label: z.string().trim().min(1).max(60),
      emoji: z.string().min(1).max(16),
      price: minor,
    }),
  ]),
  response: { status: 200, description: "The goal now.", schema: goalDto },
  errors: [413, 415],
  example: { body: { kind: "WISH", label: "Bike", emoji: "🚲", price: 12000 } },
  async handle({ caller, params, body }) {
    const { familyId } = callerOf(caller);
    await setGoal(familyId, params.id, body);
    return { body: await goalOut(familyId, params.id) };
  },
});

export const closeGoalEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/api/v1/members/{id}/goal",
  operationId: "closeGoal",
  tag: "Money",
  summary: "Close a kid's savings goal (reached and bought, or given up)",
  access: "write",
  params: idParams,
  response: { status: 200, description: "Closed (or there was none): null.", schema: goalDto },
  async handle({ caller, params }) {
    const { familyId } = callerOf(caller);
    await kidOf(familyId, params.id);
    await closeGoal(familyId, params.id);
    return { body: null };
  },
});
