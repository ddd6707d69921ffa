// The allowance through the API (issue 20): a kid's plan and jar shares, and its paydays, paid
// or not. The money itself, goals and stars: ./money.ts.
import { z } from "zod";
import { flattenFieldErrors } from "@/lib/actions/validated-action";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { ApiError } from "@/lib/api/errors";
import {
  decodeCursor,
  keysetNewestFirst,
  pageOf,
  pageQuery,
  pageSchema,
} from "@/lib/api/pagination";
import { idParams, kidOf } from "@/lib/api/v1/money";
import { planOf, saveWallet } from "@/lib/money/allowance";
import { paydays } from "@/lib/money/queries";
import { MAX_AMOUNT } from "@/lib/money/rules";

const allowanceBody = z.strictObject({
  allowance: z
    .int()
    .min(0)
    .max(MAX_AMOUNT)
    .meta({ description: "Minor units per payday; 0 for none." }),
  rhythm: z.enum(["WEEKLY", "MONTHLY"]),
  weekday: z.int().min(1).max(7).meta({ description: "WEEKLY: ISO weekday, 1 Monday … 7 Sunday." }),
  monthDay: z.int().min(1).max(28).meta({ description: "MONTHLY: the day of the month." }),
  conditionRoutineId: z.uuid().nullable(),
  conditionDays: z.int().min(1).max(31).nullable(),
  savePct: z.int().min(0).max(100),
  givePct: z.int().min(0).max(100),
});
const allowanceDto = allowanceBody.extend({ startsOn: z.iso.date() }).meta({ title: "Allowance" });

async function allowanceOf(familyId: string, kidId: string) {
  const plan = await planOf(familyId, kidId);
  return { ...plan, startsOn: plan.startsOn ?? new Date().toISOString().slice(0, 10) };
}

export const getAllowanceEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}/allowance",
  operationId: "getAllowance",
  tag: "Money",
  summary: "A kid's allowance and jar shares",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The allowance (0 when none).", schema: allowanceDto },
  async handle({ caller, params }) {
    const { familyId } = callerOf(caller);
    await kidOf(familyId, params.id);
    return { body: await allowanceOf(familyId, params.id) };
  },
});

export const setAllowanceEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/members/{id}/allowance",
  operationId: "setAllowance",
  tag: "Money",
  summary: "Change a kid's allowance and jar shares",
  description:
    "Send only what changes. Paid by the app on each payday at the family's day start, split into jars (spend gets what " +
    "save and give leave). A new plan or a new payday starts today: nothing is paid for the past. " +
    "`conditionRoutineId` and `conditionDays` together: paid only if the routine was finished on " +
    "at least that many days of the period before payday.",
  access: "write",
  params: idParams,
  body: allowanceBody.partial(),
  response: { status: 200, description: "The allowance now.", schema: allowanceDto },
  example: {
    body: { allowance: 500, rhythm: "WEEKLY", weekday: 6, savePct: 30, givePct: 10 },
  },
  errors: [413, 415, 422],
  async handle({ caller, params, body }) {
    const { familyId } = callerOf(caller);
    await kidOf(familyId, params.id);
    const { startsOn: _startsOn, ...current } = await allowanceOf(familyId, params.id);
    const merged = allowanceBody
      .refine((b) => b.savePct + b.givePct <= 100, {
        path: ["givePct"],
        error: "Save and give are at most 100 %.",
      })
      .refine((b) => (b.conditionRoutineId === null) === (b.conditionDays === null), {
        path: ["conditionDays"],
        error: "A condition needs both a routine and a number of days.",
      })
      .safeParse({
        ...current,
        ...Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)),
      });
    if (!merged.success)
      throw new ApiError(
        422,
        "invalid_input",
        "The allowance would not be valid.",
        flattenFieldErrors(merged.error),
      );
    await saveWallet(familyId, params.id, merged.data);
    return { body: await allowanceOf(familyId, params.id) };
  },
});

const paydayDto = z
  .object({
    id: z.uuid(),
    payday: z.iso.date(),
    amount: z.int().meta({ description: "Minor units paid; 0 when the condition was not met." }),
    done: z.int().nullable().meta({ description: "Days the condition's routine was done." }),
    needed: z
      .int()
      .nullable()
      .meta({
        description:
          "Days it asked, fewer than set when some were not the kid's (away, another's turn); " +
          "null: no condition.",
      }),
    createdAt: z.iso.datetime(),
  })
  .meta({ title: "Payday" });

export const listPaydaysEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}/allowance/paydays",
  operationId: "listPaydays",
  tag: "Money",
  summary: "A kid's paydays, paid or not, newest first",
  description: "Each payday is looked at once: a condition not met is kept with its count and 0.",
  access: "read",
  params: idParams,
  query: z.strictObject(pageQuery),
  response: { status: 200, description: "One page of paydays.", schema: pageSchema(paydayDto) },
  async handle({ caller, params, query }) {
    const { familyId } = callerOf(caller);
    await kidOf(familyId, params.id);
    const rows = await paydays(
      familyId,
      params.id,
      query.limit + 1,
      keysetNewestFirst(decodeCursor(query.cursor)).where,
    );
    const page = pageOf(rows, query.limit);
    return {
      body: {
        ...page,
        data: page.data.map((p) => ({
          ...p,
          payday: p.payday.toISOString().slice(0, 10),
          createdAt: p.createdAt.toISOString(),
        })),
      },
    };
  },
});
