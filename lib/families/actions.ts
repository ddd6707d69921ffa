"use server";
// Family setup and management: onboarding, settings, kids, PINs, co-parent invitations and
// removing a parent.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/validated-action";
import { hashPassword } from "@/lib/auth/password";
import { requireParent, requireUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import {
  addKid,
  createFamilyWithParent,
  setKidArchived,
  setKidPinHash,
  updateFamilySettings,
  updateKid,
  updateKidLook,
} from "@/lib/families/queries";
import { acceptInvite, createInvite, revokeInvite } from "@/lib/families/invites";
import {
  acceptInviteSchema,
  familySettingsSchema,
  inviteIdSchema,
  kidIdSchema,
  kidLookSchema,
  kidSchema,
  setPinSchema,
  updateKidSchema,
} from "@/lib/families/schemas";
import { removeParent } from "@/lib/families/parents";
import { logSecurityEvent } from "@/lib/security-log";

const FAMILY_PAGES = ["/family", "/dashboard", "/onboarding"];
const refresh = () => FAMILY_PAGES.forEach((path) => revalidatePath(path));

export const createFamilyAction = validatedAction({
  schema: familySettingsSchema,
  authorize: requireUser,
  async run(input, session) {
    if (session.familyId) throw new DomainError("You already belong to a family.");
    await createFamilyWithParent({
      userId: session.userId,
      parentName: session.name,
      name: input.name,
      timeZone: input.timeZone,
      dayStartMinute: input.dayStartHour * 60,
    });
    redirect("/onboarding");
  },
});

export const updateFamilyAction = validatedAction({
  schema: familySettingsSchema,
  authorize: requireParent,
  async run(input, session) {
    await updateFamilySettings(session.familyId, {
      name: input.name,
      timeZone: input.timeZone,
      dayStartMinute: input.dayStartHour * 60,
      ...(input.weekStart && { weekStart: input.weekStart }),
      ...(input.clock && { clock: input.clock }),
    });
    refresh();
    return { ok: true, message: "Family settings saved." };
  },
});

export const addKidAction = validatedAction({
  schema: kidSchema,
  authorize: requireParent,
  async run(input, session) {
    await addKid(session.familyId, {
      displayName: input.displayName,
      avatarEmoji: input.avatarEmoji,
      avatarColor: input.avatarColor,
      pinHash: input.pin ? await hashPassword(input.pin) : undefined,
    });
    refresh();
    return { ok: true, message: `${input.displayName} is in the family.` };
  },
});

export const updateKidAction = validatedAction({
  schema: updateKidSchema,
  authorize: requireParent,
  async run({ kidId, ...input }, session) {
    await updateKid(session.familyId, kidId, input);
    refresh();
    return { ok: true, message: "Saved." };
  },
});

export const updateKidLookAction = validatedAction({
  schema: kidLookSchema,
  authorize: requireParent,
  async run({ kidId, ...look }, session) {
    await updateKidLook(session.familyId, kidId, look);
    refresh();
    return { ok: true, message: "Saved. The tablet shows it the next time their day opens." };
  },
});

export const archiveKidAction = validatedAction({
  schema: kidIdSchema,
  authorize: requireParent,
  async run({ kidId }, session) {
    await setKidArchived(session.familyId, kidId, true);
    refresh();
    return { ok: true, message: "Archived. Their history is kept; restore them any time." };
  },
});

export const restoreKidAction = validatedAction({
  schema: kidIdSchema,
  authorize: requireParent,
  async run({ kidId }, session) {
    await setKidArchived(session.familyId, kidId, false);
    refresh();
    return { ok: true, message: "Restored." };
  },
});

export const setKidPinAction = validatedAction({
  schema: setPinSchema,
  authorize: requireParent,
  async run({ kidId, pin }, session) {
    await setKidPinHash(session.familyId, kidId, await hashPassword(pin));
    refresh();
    return { ok: true, message: "PIN saved." };
  },
});

export const clearKidPinAction = validatedAction({
  schema: kidIdSchema,
  authorize: requireParent,
  async run({ kidId }, session) {
    await setKidPinHash(session.familyId, kidId, null);
    refresh();
    return { ok: true, message: "PIN removed." };
  },
});

export const createInviteAction = validatedAction({
  schema: z.strictObject({}),
  authorize: requireParent,
  async run(_input, session) {
    const invite = await createInvite(session.familyId, session.memberId);
    logSecurityEvent("invite_created", { familyId: session.familyId, inviteId: invite.id });
    refresh();
    // The token exists only in this answer: the database keeps its hash.
    return { ok: true, message: "Invitation created.", data: { path: `/invite/${invite.token}` } };
  },
});

export const revokeInviteAction = validatedAction({
  schema: inviteIdSchema,
  authorize: requireParent,
  async run({ inviteId }, session) {
    await revokeInvite(session.familyId, inviteId);
    logSecurityEvent("invite_revoked", { familyId: session.familyId, inviteId });
    refresh();
    return { ok: true, message: "Invitation revoked." };
  },
});

export const removeParentAction = validatedAction({
  schema: z.strictObject({ memberId: z.uuid() }),
  authorize: requireParent,
  async run({ memberId }, session) {
    await removeParent(session.familyId, session.memberId, memberId);
    logSecurityEvent("parent_removed", { familyId: session.familyId, memberId });
    refresh();
    return { ok: true, message: "Removed. They are signed out everywhere." };
  },
});

export const acceptInviteAction = validatedAction({
  schema: acceptInviteSchema,
  authorize: requireUser,
  async run({ token }, session) {
    if (session.familyId) throw new DomainError("You already belong to a family.");
    const { familyId } = await acceptInvite(token, { id: session.userId, name: session.name });
    logSecurityEvent("invite_accepted", { familyId, userId: session.userId });
    redirect("/family");
  },
});
