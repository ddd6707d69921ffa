// Every screen at a phone's, a tablet's and a laptop's width (issue 17), with the data a real
// family makes: long names, 8 kids, 20 routines, habits, rewards and history. A screen fails on
// sideways scrolling, on anything wider than the window, and on an accessibility violation; a
// screenshot of each is kept in test-results/screens/sweep for a person to look at.
import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { becomeTablet, expect, seedParent, signInQuickly, test } from "./support/fixtures";
import { createHabit, createRoutine } from "@/lib/testing/factories";
import { addDays, localDateAt, toDbDate } from "@/lib/time/rules";

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "laptop", width: 1280, height: 800 },
] as const;

type Db = Parameters<typeof seedParent>[0];

const KIDS = [
  ["Maximilian-Alexander", "🦁"],
  ["Zoë", "🦄"],
  ["Leo", "🐢"],
  ["Anastasia Konstantinova", "🦊"],
  ["Mo", "🐸"],
  ["Isabella", "🐼"],
  ["Oskar", "🐙"],
  ["Nora", "🦋"],
] as const;

/** A family as a demanding parent would have it after a few weeks. */
async function seedBigFamily(db: Db) {
  const seeded = await seedParent(db);
  const familyId = seeded.family.id;
  await db.family.update({
    where: { id: familyId },
    data: { name: "The Featherstonehaugh-Wolfeschlegelsteinhausen family" },
  });
  const kids = [];
  for (const [displayName, avatarEmoji] of KIDS)
    kids.push(
      await db.familyMember.create({
        data: { familyId, role: "CHILD", displayName, avatarEmoji, avatarColor: "#1d4ed8" },
      }),
    );
  const routines = [];
  for (let i = 0; i < 20; i++) {
    routines.push(
      await createRoutine(db, familyId, {
        name:
          i === 0
            ? "Morning before school, with breakfast and the long walk to the bus"
            : `Routine ${i + 1}`,
        kidIds: kids.filter((_, k) => (k + i) % 3 !== 0).map((k) => k.id),
        // Some on every day, some on weekends only: today shows both kinds.
        weekdays: i % 4 === 3 ? [6, 7] : [1, 2, 3, 4, 5, 6, 7],
        cards: [
          ["Open the curtains wide and say good morning", "Make the bed"],
          ["Socks", "Shirt", "Trousers"],
          ["Brush teeth for two whole minutes"],
        ],
      }),
    );
  }
  const today = localDateAt(new Date(), "Europe/Stockholm");
  const first = routines[0]!;
  for (const [d, kid] of kids.slice(0, 4).entries())
    await db.itemCheck.create({
      data: {
        familyId,
        memberId: kid.id,
        itemId: first.items[0]!.id,
        versionId: first.version.id,
        localDate: toDbDate(addDays(today, -d)),
      },
    });
  const habit = await createHabit(db, familyId, kids[0]!.id);
  await db.habit.update({
    where: { id: habit.id },
    data: { name: "Read twenty minutes before bed, every single day" },
  });
  for (let d = 0; d < 40; d += 2)
    await db.habitLog.create({
      data: { familyId, habitId: habit.id, localDate: toDbDate(addDays(today, -d)) },
    });
  await db.reward.createMany({
    data: [
      { familyId, name: "A trip to the zoo with the whole family", emoji: "🦁", cost: 500 },
      { familyId, name: "Ice cream", emoji: "🍦", cost: 20 },
    ],
  });
  // The first routine is taken in turns, a new kid every week (issue 21): its page lists the days.
  await db.routine.update({
    where: { id: first.routine.id },
    data: { turns: "WEEK", turnsFrom: new Date("2026-01-05T00:00:00Z") },
  });
  // A kid of two households, away every day, at a place with a long name (issue 21).
  await db.awayPattern.create({
    data: {
      familyId,
      memberId: kids[3]!.id,
      place: "Grandma and Grandpa Featherstonehaugh's",
      startDate: new Date("2026-01-05T00:00:00Z"),
      cycleDays: 7,
      awayDays: [0, 1, 2, 3, 4, 5, 6],
    },
  });
  // The second is a pool chore (issue 21), taken some days: its page lists who took which day.
  const pool = routines[1]!;
  await db.routine.update({
    where: { id: pool.routine.id },
    data: { pooled: true, pooledFrom: toDbDate(addDays(today, -20)) },
  });
  for (let d = 1; d < 14; d += 3)
    await db.poolClaim.create({
      data: {
        familyId,
        routineId: pool.routine.id,
        localDate: toDbDate(addDays(today, -d)),
        memberId: kids[1]!.id,
        claimedAt: new Date(),
      },
    });
  // A savings goal reached (issue 20), with a long wish: the Today page lists it until closed.
  await db.savingsGoal.create({
    data: {
      familyId,
      memberId: kids[1]!.id,
      kind: "WISH",
      label: "A very long wish for the biggest Lego fire station",
      emoji: "🚒",
      price: 100,
      reachedAt: new Date(),
    },
  });
  // A measured habit with a goal, some weeks over it (issue 21): the tablet's +5/+10 card and
  // the parent's week-by-week chart.
  const cycling = await db.habit.create({
    data: {
      familyId,
      memberId: kids[0]!.id,
      name: "Cycling to school and back with the big bike",
      icon: "🚴",
      cadence: "WEEKLY",
      weekdays: [],
      startDate: toDbDate(addDays(today, -70)),
      unit: "MINUTES",
      target: 120,
    },
  });
  for (let d = 0; d < 60; d += 2)
    await db.habitLog.create({
      data: {
        familyId,
        habitId: cycling.id,
        localDate: toDbDate(addDays(today, -d)),
        count: 15 + ((d * 7) % 30),
      },
    });
  return { ...seeded, kids, routine: first.routine, habit, pool: pool.routine, cycling };
}

/** Sideways scrolling, and every element that reaches past the window's right edge. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Inside something that scrolls or clips on purpose (a heatmap's strip), it is not wider.
      let clipped = false;
      for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.overflowX !== "visible" || style.position === "fixed") {
          clipped = true;
          break;
        }
      }
      // Text that runs out of its own box counts too (a long word in a heading).
      const spills =
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX === "visible" &&
        box.right + element.scrollWidth - element.clientWidth > width + 1;
      if (!clipped && (box.right > width + 1 || box.left < -1 || spills)) {
        const id = element.id ? `#${element.id}` : "";
        const text = (element.textContent ?? "").trim().slice(0, 30);
        wide.push(
          `${element.tagName.toLowerCase()}${id} "${text}" ${box.left.toFixed(0)}–${box.right.toFixed(0)}`,
        );
      }
    }
    // The bar's links and buttons side by side, never on top of each other.
    const bar = [...document.querySelectorAll("header a, header button")]
      .map((e) => ({ e, box: e.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    for (const [i, a] of bar.entries())
      for (const b of bar.slice(i + 1))
        if (
          !a.e.contains(b.e) &&
          a.box.left < b.box.right - 1 &&
          b.box.left < a.box.right - 1 &&
          a.box.top < b.box.bottom - 1 &&
          b.box.top < a.box.bottom - 1
        )
          wide.push(`overlap: "${a.e.textContent?.trim()}" and "${b.e.textContent?.trim()}"`);
    return {
      scroll: document.documentElement.scrollWidth - window.innerWidth,
      wide: wide.slice(0, 5),
    };
  });
}

/**
 * One screen: it fits, axe finds nothing serious (the API docs are read by axe in api.spec.ts,
 * all 60 operations being one component), and a screenshot to look at.
 */
async function check(
  page: Page,
  path: string,
  shot: string,
  size: (typeof SIZES)[number],
  language = "",
) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  expect(await overflow(page), `${path} at ${size.width} px ${language}`).toEqual({
    scroll: 0,
    wide: [],
  });
  // Axe reads every screen in English and, right to left, in Arabic; German is about long words,
  // which only the layout check sees.
  const docs = path === "/docs";
  if (!docs && language !== "de") await expectAccessible(page);
  await page.screenshot({
    path: `test-results/screens/sweep/${shot}-${size.width}${language && `-${language}`}.png`,
    fullPage: !docs,
    animations: "disabled",
  });
}

type BigFamily = Awaited<ReturnType<typeof seedBigFamily>>;

/**
 * Every parent screen (signed in), the public ones (signed out; not in another language: they
 * follow the browser, checked in e2e/pseudo.spec.ts) and the tablet's, at one size.
 */
async function sweep(
  browser: Browser,
  db: Db,
  seeded: BigFamily,
  size: (typeof SIZES)[number],
  language = "",
) {
  const yesterday = addDays(localDateAt(new Date(), "Europe/Stockholm"), -1);
  const parent = await browser.newContext({ viewport: size });
  await signInQuickly(parent, seeded);
  const page = await parent.newPage();
  for (const [path, shot] of [
    ["/dashboard", "dashboard"],
    ["/routines", "routines"],
    ["/routines/new", "routine-new"],
    [`/routines/${seeded.routine.id}`, "routine-edit"],
    [`/routines/${seeded.routine.id}/history`, "routine-history"],
    ["/habits", "habits"],
    [`/habits/${seeded.habit.id}`, "habit"],
    [`/habits/${seeded.cycling.id}`, "habit-measured"],
    [`/routines/${seeded.pool.id}`, "routine-pool"],
    ["/rewards", "rewards"],
    ["/family", "family"],
    ["/account", "account"],
    ["/money", "money"],
    [`/money/${seeded.kids[1]!.id}`, "money-kid"],
    ["/away", "away"],
    [`/away/${seeded.kids[3]!.id}`, "away-kid"],
    [`/dashboard/kids/${seeded.kids[1]!.id}?date=${yesterday}`, "kid-days"],
  ] as const)
    await check(page, path, shot, size, language);
  await parent.close();

  if (!language) {
    const visitor = await browser.newContext({ viewport: size });
    const anonymous = await visitor.newPage();
    for (const [path, shot] of [
      ["/", "landing"],
      ["/login", "login"],
      ["/signup", "signup"],
      ["/docs", "docs"],
    ] as const)
      await check(anonymous, path, shot, size);
    await visitor.close();
  }

  const tablet = await browser.newContext({
    viewport: size,
    hasTouch: true,
    ...(language && { locale: language }),
  });
  await becomeTablet(tablet, db, seeded, "Kitchen tablet with a long name");
  const kidPage = await tablet.newPage();
  const kid = seeded.kids[0]!;
  for (const [path, shot] of [
    ["/tablet", "tablet-faces"],
    [`/tablet/kid/${kid.id}`, "tablet-kid"],
    [`/tablet/kid/${kid.id}/rewards`, "tablet-rewards"],
    [`/tablet/kid/${seeded.kids[3]!.id}`, "tablet-kid-away"],
  ] as const)
    await check(kidPage, path, shot, size, language);
  await tablet.close();
}

for (const size of SIZES) {
  test(`every parent and tablet screen fits a ${size.name} (${size.width} px) and passes axe`, async ({
    browser,
    db,
  }) => {
    test.setTimeout(300_000);
    await sweep(browser, db, await seedBigFamily(db), size);
  });
}

// Long German words and Arabic right to left (issue 18): the same screens on a phone, the parent
// in that language and each kid's tablet in it too.
for (const language of ["de", "ar"] as const) {
  test(`every parent and tablet screen fits a phone in ${language === "de" ? "German" : "Arabic"}`, async ({
    browser,
    db,
  }) => {
    test.setTimeout(300_000);
    const seeded = await seedBigFamily(db);
    await db.user.update({ where: { id: seeded.user.id }, data: { locale: language } });
    await db.familyMember.updateMany({
      where: { familyId: seeded.family.id, role: "CHILD" },
      data: { language },
    });
    await sweep(browser, db, seeded, SIZES[0], language);
  });
}
