// What the demo family is: people, routines and habits. prisma/seed.ts writes it, with history.
// Changing this file changes what a fresh `npm start` shows.
import { randomBytes, randomInt } from "node:crypto";

export const DEMO_FAMILY_ID = "00000000-0000-4000-8000-00000000d3e0";

/**
 * The demo parents' password and the PIN of the kid who has one. Never a fixed value: the demo
 * family is what a first `npm start` serves on the home network, and a password printed in the
 * README would let anyone there in. Tests and benchmarks set their own through the environment.
 */
export function demoSecrets(env: Record<string, string | undefined> = process.env) {
  const random = randomBytes(9).toString("base64url"); // 72 bits, as xxxx-xxxx-xxxx
  return {
    password: env.DEMO_PASSWORD || random.match(/.{4}/g)!.join("-"),
    pin: env.DEMO_KID_PIN || String(randomInt(0, 10_000)).padStart(4, "0"),
  };
}
export type DemoSecrets = ReturnType<typeof demoSecrets>;

export const demoFamily = {
  name: "The Lindqvist family",
  timeZone: "Europe/Stockholm",
  dayStartMinute: 0,
};

export const demoParents = [
  { key: "alex", name: "Alex Lindqvist", email: "alex@demo.family", emoji: "🧔", color: "#1d4ed8" },
  { key: "sam", name: "Sam Lindqvist", email: "sam@demo.family", emoji: "👩", color: "#be185d" },
] as const;

export const demoKids = [
  { key: "mia", name: "Mia", emoji: "🦊", color: "#c2410c", pin: false },
  { key: "leo", name: "Leo", emoji: "🐢", color: "#15803d", pin: true },
  // Zoe is four: her tablet shows pictures only, larger, and reads each step aloud.
  {
    key: "zoe",
    name: "Zoe",
    emoji: "🦄",
    color: "#7e22ce",
    pin: false,
    look: { readingLevel: "PICTURES", cardSize: "LARGE", readSteps: true },
  },
] as const;

export type KidKey = (typeof demoKids)[number]["key"];
export type MemberKey = KidKey | (typeof demoParents)[number]["key"];

export type DemoCard = { title: string; emoji: string; durationSeconds?: number; items: string[] };

export type DemoRoutine = {
  name: string;
  icon: string;
  weekdays: number[];
  start: string;
  end: string;
  kids: KidKey[];
  /** Each entry is one version's cards; the last one is current. */
  versions: DemoCard[][];
  /** Days before today on which the last version replaced the previous one. */
  lastVersionDaysAgo?: number;
  /** The Now/Next board's last card. */
  then?: { emoji: string; label: string };
};

const morningV1: DemoCard[] = [
  { title: "Wake up", emoji: "☀️", items: ["Open the curtains", "Make the bed"] },
  { title: "Get dressed", emoji: "👕", items: ["Clothes on", "Socks on"] },
  { title: "Breakfast", emoji: "🥣", items: ["Eat breakfast", "Bowl in the sink"] },
  { title: "Brush teeth", emoji: "🪥", durationSeconds: 120, items: ["Brush teeth"] },
];

export const demoRoutines: DemoRoutine[] = [
  {
    name: "Morning",
    icon: "🌅",
    weekdays: [1, 2, 3, 4, 5],
    start: "07:00",
    end: "08:00",
    kids: ["mia", "leo", "zoe"],
    // Version 2 added the school bag card three weeks ago; older checks stay on version 1.
    versions: [
      morningV1,
      [
        ...morningV1,
        { title: "School bag", emoji: "🎒", items: ["Pack homework", "Water bottle"] },
      ],
    ],
    lastVersionDaysAgo: 20,
    then: { emoji: "🚌", label: "Off to school" },
  },
  {
    name: "After school",
    icon: "🏡",
    weekdays: [1, 2, 3, 4, 5],
    start: "15:30",
    end: "17:00",
    kids: ["mia", "leo"],
    versions: [
      [
        { title: "Snack", emoji: "🍎", items: ["Wash hands", "Eat a snack"] },
        { title: "Homework", emoji: "✏️", durationSeconds: 1200, items: ["Homework done"] },
        { title: "Tidy up", emoji: "🧹", items: ["Shoes on the rack", "Bag on its hook"] },
      ],
    ],
  },
  {
    name: "Bedtime",
    icon: "🌙",
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    start: "19:00",
    end: "20:00",
    kids: ["mia", "leo", "zoe"],
    versions: [
      [
        { title: "Bath", emoji: "🛁", items: ["Bath or shower"] },
        { title: "Pyjamas", emoji: "🩳", items: ["Pyjamas on", "Clothes in the basket"] },
        { title: "Brush teeth", emoji: "🪥", durationSeconds: 120, items: ["Brush teeth"] },
        { title: "Story", emoji: "📖", items: ["Pick a book"] },
      ],
    ],
    then: { emoji: "😴", label: "Sleep tight" },
  },
  {
    name: "Weekend chores",
    icon: "🧺",
    weekdays: [6, 7],
    start: "09:00",
    end: "11:00",
    kids: ["mia", "zoe"],
    versions: [
      [
        { title: "Bedroom", emoji: "🛏️", items: ["Make the bed", "Toys in the box"] },
        { title: "Pets", emoji: "🐶", items: ["Feed the dog", "Fresh water"] },
        { title: "Laundry", emoji: "🧦", items: ["Help sort the laundry"] },
      ],
    ],
  },
];

export type DemoHabit = {
  member: MemberKey;
  name: string;
  icon: string;
  /** Daily on these weekdays, or N times a week. */
  cadence: { daily: number[] } | { perWeek: number };
  /** How likely a due day (or any day, for N-per-week) is logged in the generated history. */
  likelihood: number;
  /** A measured habit (issue 21): its unit, its goal per day or week, and a day's usual amount. */
  measure?: { unit: "MINUTES" | "GLASSES"; target: number; usual: number };
};

export const demoHabits: DemoHabit[] = [
  {
    member: "mia",
    name: "Read 20 minutes",
    icon: "📚",
    cadence: { daily: [1, 2, 3, 4, 5, 6, 7] },
    likelihood: 0.85,
  },
  { member: "mia", name: "Piano practice", icon: "🎹", cadence: { perWeek: 3 }, likelihood: 0.5 },
  {
    member: "leo",
    name: "Drink water",
    icon: "💧",
    cadence: { daily: [1, 2, 3, 4, 5, 6, 7] },
    likelihood: 0.9,
    measure: { unit: "GLASSES", target: 6, usual: 6 },
  },
  {
    member: "leo",
    name: "Cycling",
    icon: "🚴",
    cadence: { perWeek: 1 },
    likelihood: 0.6,
    measure: { unit: "MINUTES", target: 90, usual: 25 },
  },
  {
    member: "zoe",
    name: "Tidy toys",
    icon: "🧸",
    cadence: { daily: [1, 2, 3, 4, 5] },
    likelihood: 0.75,
  },
  { member: "alex", name: "Evening walk", icon: "🚶", cadence: { perWeek: 5 }, likelihood: 0.7 },
];

export type DemoReward = { name: string; emoji: string; cost: number };

export const demoRewards: DemoReward[] = [
  { name: "Extra bedtime story", emoji: "📚", cost: 50 },
  { name: "Ice cream after dinner", emoji: "🍦", cost: 100 },
  { name: "Bike ride to the lake", emoji: "🚲", cost: 200 },
  { name: "Movie night, you pick", emoji: "📺", cost: 300 },
];

/** Rewards already given in the generated history, and Mia's open request. */
export const demoSpending: { member: KidKey; reward: string; daysAgo: number | null }[] = [
  { member: "mia", reward: "Ice cream after dinner", daysAgo: 30 },
  { member: "mia", reward: "Bike ride to the lake", daysAgo: 9 },
  { member: "leo", reward: "Extra bedtime story", daysAgo: 20 },
  { member: "leo", reward: "Ice cream after dinner", daysAgo: 4 },
  { member: "zoe", reward: "Extra bedtime story", daysAgo: 12 },
  { member: "mia", reward: "Movie night, you pick", daysAgo: null },
];

/** Days of history before today. Today itself is left open for the kids to check off. */
export const HISTORY_DAYS = 60;
