// Contract cases for the caller, the family's settings, kids, the whole family's day and the
// checks of a day. Registered by lib/api/contract.integration.test.ts, whose last check needs every
// documented operation called in that one file.
import { expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { api } from "@/lib/testing/api";
import type { FamilyGraph } from "@/lib/testing/cross-family";
import { createApiTokenRow } from "@/lib/testing/factories";

export type ContractContext = () => { db: PrismaClient; family: FamilyGraph; today: string };

export function familyContract(context: ContractContext) {
  it("token: who is calling, with which scope and expiry", async () => {
    const { db, family } = context();
    const me = await api("GET", "/api/v1/token", { token: family.apiToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      via: "token",
      familyId: family.familyId,
      memberId: family.parent.member.id,
      scope: "READ_WRITE",
      token: { id: family.apiTokenId, expiresAt: null },
    });
    const readOnly = await createApiTokenRow(db, family.familyId, family.parent.member.id, "READ");
    const limited = await api("GET", "/api/v1/token", { token: readOnly.token });
    expect(limited.body).toMatchObject({ scope: "READ", token: { id: readOnly.id } });
    expect(JSON.stringify(limited.body)).not.toContain(readOnly.token);
  });

  it("family settings: name and day start change, a half hour is refused", async () => {
    const { family } = context();
    const token = family.apiToken;
    const before = (await api("GET", "/api/v1/family", { token })).body as { name: string };
    const saved = await api("PATCH", "/api/v1/family", {
      token,
      body: { name: "The Testers", dayStartMinute: 60 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: "The Testers", dayStartMinute: 60 });
    const half = await api("PATCH", "/api/v1/family", { token, body: { dayStartMinute: 90 } });
    expect(half.status).toBe(400);
    expect(half.body).toMatchObject({
      error: { fieldErrors: { dayStartMinute: [expect.any(String)] } },
    });
    const zone = await api("PATCH", "/api/v1/family", { token, body: { timeZone: "Mars/Base" } });
    expect(zone.status).toBe(400);
    await api("PATCH", "/api/v1/family", { token, body: { name: before.name, dayStartMinute: 0 } });
  });

  it("family calendar: the week starts on Sunday and times read on 12 hours; Wednesday is refused", async () => {
    const { family } = context();
    const token = family.apiToken;
    expect((await api("GET", "/api/v1/family", { token })).body).toMatchObject({
      weekStart: 1,
      clock: "H24",
    });
    const saved = await api("PATCH", "/api/v1/family", {
      token,
      body: { weekStart: 7, clock: "H12" },
    });
    expect(saved.body).toMatchObject({ weekStart: 7, clock: "H12" });
    const wednesday = await api("PATCH", "/api/v1/family", { token, body: { weekStart: 3 } });
    expect(wednesday.status).toBe(400);
    const sundial = await api("PATCH", "/api/v1/family", { token, body: { clock: "SUNDIAL" } });
    expect(sundial.status).toBe(400);
    await api("PATCH", "/api/v1/family", { token, body: { weekStart: 1, clock: "H24" } });
  });

  it("kids: add with a PIN (Location resolves), rename, remove the PIN, archive; parents are not kids", async () => {
    const { family } = context();
    const token = family.apiToken;
    const created = await api("POST", "/api/v1/members", {
      token,
      body: { displayName: "Ada", avatarEmoji: "🦊", avatarColor: "#c2410c", pin: "1357" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: "CHILD", displayName: "Ada", hasPin: true });
    const location = created.headers.get("location")!;
    const read = await api("GET", location, { token });
    expect(read.body).toEqual(created.body);
    const id = (created.body as { id: string }).id;

    const edited = await api("PATCH", `/api/v1/members/${id}`, {
      token,
      body: { displayName: "Ada L.", pin: null },
    });
    expect(edited.body).toMatchObject({ displayName: "Ada L.", hasPin: false, avatarEmoji: "🦊" });
    // The tablet's look: a new kid has the defaults; a change keeps what it leaves out.
    expect(created.body).toMatchObject({
      look: { readingLevel: "PICTURES_AND_WORDS", cardSize: "NORMAL", readSteps: false },
    });
    const look = await api("PATCH", `/api/v1/members/${id}`, {
      token,
      body: { look: { readingLevel: "PICTURES", readSteps: true } },
    });
    expect(look.body).toMatchObject({
      displayName: "Ada L.",
      look: { readingLevel: "PICTURES", cardSize: "NORMAL", readSteps: true, timerSound: "SOFT" },
    });
    const badLook = await api("PATCH", `/api/v1/members/${id}`, {
      token,
      body: { look: { cardSize: "HUGE" } },
    });
    expect(badLook.status).toBe(400);
    expect(badLook.body).toMatchObject({
      error: { fieldErrors: { "look.cardSize": [expect.any(String)] } },
    });
    const badPin = await api("PATCH", `/api/v1/members/${id}`, { token, body: { pin: "12" } });
    expect(badPin.status).toBe(400);
    const archived = await api("PATCH", `/api/v1/members/${id}`, {
      token,
      body: { archived: true },
    });
    expect(archived.body).toMatchObject({ archived: true });
    const parent = await api("PATCH", `/api/v1/members/${family.parent.member.id}`, {
      token,
      body: { displayName: "Renamed" },
    });
    expect(parent.status).toBe(404);
    const members = await api("GET", "/api/v1/members", { token });
    const parentRow = (members.body as { data: { id: string; look: unknown }[] }).data.find(
      (m) => m.id === family.parent.member.id,
    );
    expect(parentRow).toMatchObject({ look: null });
  });

  it("the whole family's day in one call, and the checks of a day", async () => {
    const { family, today } = context();
    const token = family.apiToken;
    const day = await api("GET", "/api/v1/today", { token });
    expect(day.status).toBe(200);
    const body = day.body as { date: string; kids: { member: { id: string } }[] };
    expect(body.date).toBe(today);
    expect(body.kids.map((k) => k.member.id)).toContain(family.kidId);

    // The family graph's check was made on 2026-11-20 (a fixed row, read back by its own date).
    const checks = await api("GET", `/api/v1/checks?date=2026-11-20&memberId=${family.kidId}`, {
      token,
    });
    expect(checks.status).toBe(200);
    expect(checks.body).toMatchObject({
      date: "2026-11-20",
      data: [
        {
          id: family.checkId,
          memberId: family.kidId,
          itemId: family.itemId,
          routineId: family.routineId,
          versionNumber: 1,
        },
      ],
    });
    const none = await api("GET", "/api/v1/checks?date=2026-11-19", { token });
    expect(none.body).toEqual({ date: "2026-11-19", data: [] });
  });
}
