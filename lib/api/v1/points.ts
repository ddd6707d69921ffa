// /api/v1/members/{id}/points, /api/v1/rewards and /api/v1/reward-requests: the points a kid has,
// what they can be spent on, and asking and answering. The same rules as the pages: the balance
// never goes below zero (an approval without enough points answers 409), a kid has one open
// request per reward.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import {
  decodeCursor,
  keyset,
  keysetNewestFirst,
  pageOf,
  pageQuery,
  pageSchema,
} from "@/lib/api/pagination";
import { pointsEntryDto, rewardDto, rewardRequestDto } from "@/lib/api/v1/dto";
import { getMember } from "@/lib/families/queries";
import {
  getReward,
  getRewardRequest,
  ledgerPage,
  rewardRequestsPage,
  rewardsPage,
  updateReward,
} from "@/lib/points/lists";
import { memberBalance } from "@/lib/points/queries";
import { approveRequest, createReward, denyRequest, requestReward } from "@/lib/points/rewards";
import { rewardSchema } from "@/lib/points/schemas";

const idParams = z.strictObject({ id: z.uuid() });
const iso = <T extends { createdAt: Date }>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});
const requestOut = <T extends { createdAt: Date; decidedAt: Date | null }>(row: T) => ({
  ...iso(row),
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

export const memberPointsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}/points",
  operationId: "getMemberPoints",
  tag: "Points",
  summary: "A member's points balance and ledger, newest first",
  description:
    "The ledger is append-only: a routine finished or a habit logged adds points, an approved " +
    "reward spends them, an undo adds a reversing entry. The balance is their sum, never " +
    "below zero.",
  access: "read",
  params: idParams,
  query: z.strictObject(pageQuery),
  response: {
    status: 200,
    description: "The balance and one page of the ledger.",
    schema: pageSchema(pointsEntryDto).extend({
      memberId: z.uuid(),
      balance: z.number().int(),
    }),
  },
  async handle({ caller, params, query }) {
    const { familyId } = callerOf(caller);
    await getMember(familyId, params.id);
    const [balance, rows] = await Promise.all([
      memberBalance(familyId, params.id),
      ledgerPage(familyId, params.id, {
        limit: query.limit,
        after: keysetNewestFirst(decodeCursor(query.cursor)).where,
      }),
    ]);
    const page = pageOf(rows, query.limit);
    return { body: { memberId: params.id, balance, ...page, data: page.data.map(iso) } };
  },
});

export const listRewardsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/rewards",
  operationId: "listRewards",
  tag: "Rewards",
  summary: "Rewards, oldest first",
  access: "read",
  query: z.strictObject({
    ...pageQuery,
    active: z
      .enum(["true", "false"])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === "true"))
      .meta({
        description:
          "true: only those offered on the tablet; false: only hidden ones. Default: all.",
      }),
  }),
  response: { status: 200, description: "One page of rewards.", schema: pageSchema(rewardDto) },
  async handle({ caller, query }) {
    const rows = await rewardsPage(callerOf(caller).familyId, {
      active: query.active,
      limit: query.limit,
      after: keyset(decodeCursor(query.cursor)).where,
    });
    const page = pageOf(rows, query.limit);
    return { body: { ...page, data: page.data.map(iso) } };
  },
});

export const createRewardEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/rewards",
  operationId: "createReward",
  tag: "Rewards",
  summary: "Add a reward kids can ask for",
  access: "write",
  body: z.strictObject({
    name: rewardSchema.shape.name,
    emoji: rewardSchema.shape.emoji,
    cost: z.number().int().min(1).max(100_000),
  }),
  response: { status: 201, description: "The new reward, offered at once.", schema: rewardDto },
  errors: [413, 415],
  example: { body: { name: "Ice cream", emoji: "🍦", cost: 30 } },
  async handle({ caller, body }) {
    const { familyId } = callerOf(caller);
    const { id } = await createReward(familyId, body);
    return {
      status: 201,
      body: iso(await getReward(familyId, id)),
      headers: { Location: `/api/v1/rewards/${id}` },
    };
  },
});

export const getRewardEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/rewards/{id}",
  operationId: "getReward",
  tag: "Rewards",
  summary: "One reward",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The reward.", schema: rewardDto },
  async handle({ caller, params }) {
    return { body: iso(await getReward(callerOf(caller).familyId, params.id)) };
  },
});

export const updateRewardEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/rewards/{id}",
  operationId: "updateReward",
  tag: "Rewards",
  summary: "Edit a reward, or hide it from the tablet (active: false) and offer it again",
  description:
    "Send only what changes. Requests already made keep the cost they were asked at. Rewards " +
    "are never deleted: their requests are history.",
  access: "write",
  params: idParams,
  body: z.strictObject({
    name: rewardSchema.shape.name.optional(),
    emoji: rewardSchema.shape.emoji.optional(),
    cost: z.number().int().min(1).max(100_000).optional(),
    active: z.boolean().optional(),
  }),
  response: { status: 200, description: "The reward as saved.", schema: rewardDto },
  errors: [413, 415],
  example: { body: { active: false } },
  async handle({ caller, params, body }) {
    return { body: iso(await updateReward(callerOf(caller).familyId, params.id, body)) };
  },
});

export const listRewardRequestsEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/reward-requests",
  operationId: "listRewardRequests",
  tag: "Rewards",
  summary: "Reward requests, oldest first",
  access: "read",
  query: z.strictObject({
    ...pageQuery,
    status: z
      .enum(["PENDING", "APPROVED", "DENIED"])
      .optional()
      .meta({ description: "Only requests in this state, e.g. PENDING for those waiting." }),
    memberId: z.uuid().optional().meta({ description: "Only this kid's requests." }),
  }),
  response: {
    status: 200,
    description: "One page of requests.",
    schema: pageSchema(rewardRequestDto),
  },
  async handle({ caller, query }) {
    const rows = await rewardRequestsPage(callerOf(caller).familyId, {
      status: query.status,
      memberId: query.memberId,
      limit: query.limit,
      after: keyset(decodeCursor(query.cursor)).where,
    });
    const page = pageOf(rows, query.limit);
    return { body: { ...page, data: page.data.map(requestOut) } };
  },
});

export const askRewardEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/reward-requests",
  operationId: "askForReward",
  tag: "Rewards",
  summary: "Ask for a reward on a kid's behalf",
  description:
    "As a kid does on the tablet: the request waits for a parent. One open request per kid and " +
    "reward: asking again answers 200 with the open one. A hidden reward or a parent's id " +
    "answers 404. Points are spent only when a parent approves.",
  access: "write",
  body: z.strictObject({ memberId: z.uuid(), rewardId: z.uuid() }),
  response: { status: 201, description: "The new request.", schema: rewardRequestDto },
  alsoAnswers: [{ status: 200, description: "The kid had already asked: the open request." }],
  errors: [413, 415],
  example: {
    body: {
      memberId: "8f0e3b8e-4a59-4c1b-9d55-2f0f1b8c0a11",
      rewardId: "2c7d4e1f-6a8b-4c3d-9e0f-1a2b3c4d5e6f",
    },
  },
  async handle({ caller, body }) {
    const { familyId } = callerOf(caller);
    const { id, created } = await requestReward(familyId, body.memberId, body.rewardId);
    return {
      status: created ? 201 : 200,
      body: requestOut(await getRewardRequest(familyId, id)),
      headers: { Location: `/api/v1/reward-requests/${id}` },
    };
  },
});

export const getRewardRequestEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/reward-requests/{id}",
  operationId: "getRewardRequest",
  tag: "Rewards",
  summary: "One reward request",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The request.", schema: rewardRequestDto },
  async handle({ caller, params }) {
    return { body: requestOut(await getRewardRequest(callerOf(caller).familyId, params.id)) };
  },
});

const decisionDto = rewardRequestDto
  .extend({ balance: z.number().int().meta({ description: "The kid's balance now." }) })
  .meta({ title: "RewardDecision" });

export const approveRewardRequestEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/reward-requests/{id}/approve",
  operationId: "approveRewardRequest",
  tag: "Rewards",
  summary: "Approve a request: its cost is spent",
  description:
    "Spends the cost in the same transaction, only if the kid has enough points: otherwise 409 " +
    "`rule_violation` and nothing changes. Approvals for one kid run one after the other, so " +
    "two at once can never spend the same points. A request already answered answers 409.",
  access: "write",
  params: idParams,
  response: { status: 200, description: "The approved request.", schema: decisionDto },
  errors: [409],
  async handle({ caller, params }) {
    const { familyId, memberId } = callerOf(caller);
    const { balance } = await approveRequest(familyId, params.id, memberId);
    return { body: { ...requestOut(await getRewardRequest(familyId, params.id)), balance } };
  },
});

export const denyRewardRequestEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/reward-requests/{id}/deny",
  operationId: "denyRewardRequest",
  tag: "Rewards",
  summary: "Deny a request: nothing is spent",
  description: "A request already answered answers 409.",
  access: "write",
  params: idParams,
  response: { status: 200, description: "The denied request.", schema: decisionDto },
  errors: [409],
  async handle({ caller, params }) {
    const { familyId, memberId } = callerOf(caller);
    await denyRequest(familyId, params.id, memberId);
    const request = await getRewardRequest(familyId, params.id);
    return {
      body: { ...requestOut(request), balance: await memberBalance(familyId, request.memberId) },
    };
  },
});
