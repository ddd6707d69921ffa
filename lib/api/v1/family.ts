// /api/v1/family, /api/v1/members and /api/v1/token: the family, who is in it, and who is calling.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { decodeCursor, keyset, pageOf, pageQuery, pageSchema } from "@/lib/api/pagination";
import { ApiError } from "@/lib/api/errors";
import { familyDto, memberDto, whoAmIDto } from "@/lib/api/v1/dto";
import { booleanQuery } from "@/lib/api/v1/query";
import { saveMoneySettings } from "@/lib/money/queries";
import { MAX_AMOUNT } from "@/lib/money/rules";
import { apiTokenById } from "@/lib/api-tokens/queries";
import { personName } from "@/lib/auth/schemas";
import { hashPassword } from "@/lib/auth/password";
import { AVATAR_COLORS, AVATAR_EMOJIS } from "@/lib/families/avatars";
import {
  addKid,
  getFamily,
  getMember,
  listMembers,
  listMembersPage,
  setKidArchived,
  setKidPinHash,
  updateFamilySettings,
  updateKid,
  updateKidLook,
} from "@/lib/families/queries";
import {
  avatarColor,
  avatarEmoji,
  cardSize,
  familyName,
  pin,
  readingLevel,
  timeZone,
  timerSound,
} from "@/lib/families/schemas";
import { localDateAt } from "@/lib/time/rules";

const idParams = z.strictObject({ id: z.uuid() });

/** The family as the API shows it: its money settings as `currency` and `exchange`. */
function familyBody(
  family: Awaited<ReturnType<typeof getFamily>>,
  today: string,
  members: Awaited<ReturnType<typeof listMembers>>,
) {
  const { exchangePoints, exchangeMinor, ...rest } = family;
  const exchange =
    exchangePoints && exchangeMinor ? { stars: exchangePoints, minor: exchangeMinor } : null;
  return { ...rest, exchange, today, members };
}

export const getFamilyEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/family",
  operationId: "getFamily",
  tag: "Family",
  summary: "The family, its settings and its current members",
  access: "read",
  response: { status: 200, description: "The caller's family.", schema: familyDto },
  async handle({ caller }) {
    const { familyId, today } = callerOf(caller);
    const [family, members, date] = await Promise.all([
      getFamily(familyId),
      listMembers(familyId),
      today(),
    ]);
    return { body: familyBody(family, date, members) };
  },
});

export const listMembersEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members",
  operationId: "listMembers",
  tag: "Family",
  summary: "Parents and kids, oldest first",
  access: "read",
  query: z.strictObject({
    ...pageQuery,
    includeArchived: booleanQuery.meta({ description: "Also list archived kids." }),
  }),
  response: { status: 200, description: "One page of members.", schema: pageSchema(memberDto) },
  async handle({ caller, query }) {
    const { where } = keyset(decodeCursor(query.cursor));
    const rows = await listMembersPage(callerOf(caller).familyId, {
      includeArchived: query.includeArchived,
      limit: query.limit,
      after: where,
    });
    return { body: pageOf(rows, query.limit) };
  },
});

export const getTokenEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/token",
  operationId: "getToken",
  tag: "Family",
  summary: "Who is calling: the family, the parent, the scope and the token's expiry",
  description:
    "Answers for any valid caller, so a script can check its token (scope, expiry) before it " +
    "relies on it. With the session cookie, `token` is null.",
  access: "read",
  response: { status: 200, description: "The caller.", schema: whoAmIDto },
  async handle({ caller }) {
    const { via, familyId, memberId, canWrite, tokenId } = callerOf(caller);
    const token = tokenId ? await apiTokenById(familyId, tokenId) : null;
    return {
      body: {
        via: via === "token" ? ("token" as const) : ("session" as const),
        familyId,
        memberId,
        scope: canWrite ? ("READ_WRITE" as const) : ("READ" as const),
        token: token && {
          id: token.id,
          name: token.name,
          prefix: token.prefix,
          createdAt: token.createdAt.toISOString(),
          expiresAt: token.expiresAt?.toISOString() ?? null,
          lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
        },
      },
    };
  },
});

export const updateFamilyEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/family",
  operationId: "updateFamily",
  tag: "Family",
  summary: "Change the family's name, time zone, day start, week start, clock or money settings",
  description:
    "Send only what changes. The day start is a whole hour from 00:00 to 12:00, as minutes " +
    'after midnight; "today" follows the new settings at once (cached tokens re-read them). ' +
    "The currency is fixed once any money is kept (422); `exchange: null` stops kids turning " +
    "stars into money.",
  access: "write",
  body: z.strictObject({
    name: familyName.optional(),
    timeZone: timeZone.optional().meta({ description: "An IANA time zone, e.g. Europe/Berlin." }),
    dayStartMinute: z
      .number()
      .int()
      .min(0)
      .max(720)
      .multipleOf(60, "Use a whole hour (a multiple of 60).")
      .optional(),
    weekStart: z
      .union([z.literal(1), z.literal(6), z.literal(7)])
      .optional()
      .meta({ description: "The first day of the week: 1 Monday, 6 Saturday, 7 Sunday." }),
    clock: z.enum(["H24", "H12"]).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "Use an ISO 4217 code such as EUR.")
      .optional()
      .meta({ description: "ISO 4217, e.g. EUR." }),
    exchange: z
      .strictObject({
        stars: z.number().int().min(1).max(100_000),
        minor: z.number().int().min(1).max(MAX_AMOUNT),
      })
      .nullable()
      .optional(),
  }),
  response: { status: 200, description: "The family as saved.", schema: familyDto },
  errors: [413, 415, 422],
  example: { body: { timeZone: "Europe/Berlin", dayStartMinute: 240 } },
  async handle({ caller, body }) {
    const { familyId } = callerOf(caller);
    const current = await getFamily(familyId);
    // Money first: a refused currency (money is kept) leaves every other setting as it was.
    if (body.currency !== undefined || body.exchange !== undefined) {
      const rate =
        current.exchangePoints && current.exchangeMinor
          ? { points: current.exchangePoints, minor: current.exchangeMinor }
          : null;
      await saveMoneySettings(familyId, {
        currency: body.currency ?? current.currency,
        exchange:
          body.exchange === undefined
            ? rate
            : body.exchange && { points: body.exchange.stars, minor: body.exchange.minor },
      });
    }
    await updateFamilySettings(familyId, {
      name: body.name ?? current.name,
      timeZone: body.timeZone ?? current.timeZone,
      dayStartMinute: body.dayStartMinute ?? current.dayStartMinute,
      weekStart: body.weekStart ?? current.weekStart,
      clock: body.clock ?? current.clock,
    });
    const [family, members] = await Promise.all([getFamily(familyId), listMembers(familyId)]);
    const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
    return { body: familyBody(family, today, members) };
  },
});

export const getMemberEndpoint = defineEndpoint({
  method: "GET",
  path: "/api/v1/members/{id}",
  operationId: "getMember",
  tag: "Family",
  summary: "One parent or kid, archived or not",
  access: "read",
  params: idParams,
  response: { status: 200, description: "The member.", schema: memberDto },
  async handle({ caller, params }) {
    return { body: await getMember(callerOf(caller).familyId, params.id) };
  },
});

const kidFields = {
  displayName: personName,
  avatarEmoji: avatarEmoji.meta({ description: `One of: ${AVATAR_EMOJIS.join(" ")}` }),
  avatarColor: avatarColor.meta({
    description: `One of: ${AVATAR_COLORS.map((c) => c.value).join(", ")}`,
  }),
  look: z
    .strictObject({
      readingLevel: readingLevel.optional(),
      cardSize: cardSize.optional(),
      readSteps: z.boolean().optional(),
      timerSound: timerSound.optional(),
    })
    .optional()
    .meta({ description: "Tablet settings to change; what is left out stays as it was." }),
};

export const createKidEndpoint = defineEndpoint({
  method: "POST",
  path: "/api/v1/members",
  operationId: "createKid",
  tag: "Family",
  summary: "Add a kid",
  description:
    "Kids only: parents join by invitation in the app. A `pin` (4 digits) asks for it on the " +
    "family tablet; it is stored hashed and never shown again.",
  access: "write",
  body: z.strictObject({ ...kidFields, pin: pin.optional() }),
  response: { status: 201, description: "The new kid.", schema: memberDto },
  errors: [413, 415, 429],
  example: { body: { displayName: "Mia", avatarEmoji: "🦊", avatarColor: "#c2410c" } },
  async handle({ caller, body }) {
    const { familyId } = callerOf(caller);
    const { pin: newPin, ...fields } = body;
    const kid = await addKid(familyId, {
      ...fields,
      pinHash: newPin ? await hashPassword(newPin) : undefined,
    });
    return {
      status: 201,
      body: await getMember(familyId, kid.id),
      headers: { Location: `/api/v1/members/${kid.id}` },
    };
  },
});

export const updateKidEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/api/v1/members/{id}",
  operationId: "updateKid",
  tag: "Family",
  summary: "Edit a kid: name, picture, colour, tablet look, PIN, archive or restore",
  description:
    "Send only what changes. `pin` sets a new 4-digit PIN (a kid signed in on the tablet with " +
    "the old one is asked again); `pin: null` removes it. `archived: true` hides the kid from " +
    "the tablet and the lists, keeping their history. Parents' ids answer 404: a parent changes " +
    "their own account in the app.",
  access: "write",
  params: idParams,
  body: z.strictObject({
    displayName: kidFields.displayName.optional(),
    avatarEmoji: kidFields.avatarEmoji.optional(),
    avatarColor: kidFields.avatarColor.optional(),
    look: kidFields.look,
    pin: pin.nullable().optional(),
    archived: z.boolean().optional(),
  }),
  response: { status: 200, description: "The kid as saved.", schema: memberDto },
  errors: [413, 415, 429],
  example: { body: { displayName: "Mia", pin: "2468" } },
  async handle({ caller, params, body }) {
    const { familyId } = callerOf(caller);
    const current = await getMember(familyId, params.id);
    if (current.role !== "CHILD") throw new ApiError(404, "not_found", "That kid was not found.");
    if (body.displayName || body.avatarEmoji || body.avatarColor)
      await updateKid(familyId, params.id, {
        displayName: body.displayName ?? current.displayName,
        avatarEmoji: body.avatarEmoji ?? current.avatarEmoji,
        avatarColor: body.avatarColor ?? current.avatarColor,
      });
    if (body.look) await updateKidLook(familyId, params.id, { ...current.look!, ...body.look });
    if (body.pin !== undefined)
      await setKidPinHash(familyId, params.id, body.pin ? await hashPassword(body.pin) : null);
    if (body.archived !== undefined) await setKidArchived(familyId, params.id, body.archived);
    return { body: await getMember(familyId, params.id) };
  },
});
