// /api/v1/family and /api/v1/members: who is in the family.
import { z } from "zod";
import { callerOf, defineEndpoint } from "@/lib/api/endpoint";
import { decodeCursor, keyset, pageOf, pageQuery, pageSchema } from "@/lib/api/pagination";
import { familyDto, memberDto } from "@/lib/api/v1/dto";
import { booleanQuery } from "@/lib/api/v1/query";
import { getFamily, listMembers, listMembersPage } from "@/lib/families/queries";

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
    return { body: { ...family, today: date, members } };
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
