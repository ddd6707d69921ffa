// Set-up shared by the webhook integration tests (issue 19): a real HTTP receiver on 127.0.0.1
// that records what it was sent, a family whose kid's one-item routine a check completes, and
// the family's outbox events in order.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { db } from "@/lib/db";
import { checkItem } from "@/lib/checks/queries";
import { SIGNATURE_HEADER } from "@/lib/webhooks/rules";
import { createFamily, createKid, createParent, createRoutine } from "@/lib/testing/factories";
import { localDateAt } from "@/lib/time/rules";

export type Received = { id: string; body: string; signature: string | undefined; status: number };

/**
 * Receivers on 127.0.0.1 for one test file, closed after its tests: call once at the top of the
 * file. Each answers `answer(n)` to its n-th request (1-based) and records what it was sent.
 */
export function testReceivers() {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });
  return async (answer: (n: number) => number) => {
    const received: Received[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        const status = answer(received.length + 1);
        received.push({
          id: String(request.headers["webhook-id"]),
          body,
          signature: request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined,
          status,
        });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/hook`, received };
  };
}

/** A family whose kid has a one-item routine: a check completes it (3 events). */
export async function family() {
  const family = await createFamily(db);
  const { member: parent } = await createParent(db, family.id);
  const kid = await createKid(db, family.id);
  const { items } = await createRoutine(db, family.id, {
    kidIds: [kid.id],
    cards: [["Teeth"]],
    startMinute: 0,
    endMinute: 1439,
  });
  const today = localDateAt(new Date(), family.timeZone, family.dayStartMinute);
  const check = () => checkItem(family.id, kid.id, items[0]!.id, today, randomUUID());
  return { familyId: family.id, parentId: parent.id, kidId: kid.id, today, check };
}

/** The family's outbox events, oldest first. */
export const eventsOf = (familyId: string) =>
  db.outboxEvent.findMany({ where: { familyId }, orderBy: { id: "asc" } });
