// Set-up shared by the money integration tests (ledgers, allowance, goals): a family whose 10
// stars exchange for €0.50, with one parent and one kid, and its local date today.
import { db } from "@/lib/db";
import { createFamily, createKid, createParent } from "@/lib/testing/factories";
import { localDateAt } from "@/lib/time/rules";

export async function family() {
  const f = await createFamily(db);
  await db.family.update({ where: { id: f.id }, data: { exchangePoints: 10, exchangeMinor: 50 } });
  const { member: parent } = await createParent(db, f.id);
  const kid = await createKid(db, f.id);
  const today = localDateAt(new Date(), f.timeZone, f.dayStartMinute);
  return { f, parent, kid, today };
}
