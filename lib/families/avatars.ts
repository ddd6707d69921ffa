// Avatar choices. Kept apart from rules.ts (which uses node:crypto) because client components
// import them, and a browser bundle must not pull in a crypto polyfill for two lists.
/** Pictures a kid can recognise as "me" without reading. */
export const AVATAR_EMOJIS = [
  "🦊",
  "🐢",
  "🦄",
  "🐼",
  "🐯",
  "🐸",
  "🐙",
  "🦁",
  "🐨",
  "🐰",
  "🐶",
  "🐱",
  "🦖",
  "🐝",
  "🦋",
  "🐳",
  "🚀",
  "⚽",
  "🌈",
  "⭐",
  "🍓",
  "🎸",
  "🧑",
  "👩",
] as const;

/**
 * Avatar backgrounds, each dark enough for white text and distinct from the others. `name` is the
 * English name; what screen readers say, in each language, is family.json
 * `avatarPicker.colours.<name in lower case>`.
 */
export const AVATAR_COLORS = [
  { value: "#c2410c", name: "Orange" },
  { value: "#15803d", name: "Green" },
  { value: "#7e22ce", name: "Purple" },
  { value: "#1d4ed8", name: "Blue" },
  { value: "#be123c", name: "Red" },
  { value: "#0f766e", name: "Teal" },
  { value: "#a16207", name: "Gold" },
  { value: "#be185d", name: "Pink" },
  { value: "#4338ca", name: "Indigo" },
  { value: "#44403c", name: "Stone" },
] as const;

/**
 * What each picture is called, for screen readers (never "Picture 4"): its English name. What
 * they say, in each language, is family.json `avatarPicker.pictures.<name in lower case>`.
 */
export const AVATAR_NAMES: Record<(typeof AVATAR_EMOJIS)[number], string> = {
  "🦊": "Fox",
  "🐢": "Turtle",
  "🦄": "Unicorn",
  "🐼": "Panda",
  "🐯": "Tiger",
  "🐸": "Frog",
  "🐙": "Octopus",
  "🦁": "Lion",
  "🐨": "Koala",
  "🐰": "Rabbit",
  "🐶": "Dog",
  "🐱": "Cat",
  "🦖": "Dinosaur",
  "🐝": "Bee",
  "🦋": "Butterfly",
  "🐳": "Whale",
  "🚀": "Rocket",
  "⚽": "Football",
  "🌈": "Rainbow",
  "⭐": "Star",
  "🍓": "Strawberry",
  "🎸": "Guitar",
  "🧑": "Person",
  "👩": "Woman",
};

/**
 * The first picture and colour no kid of the family has yet: a new kid's form starts there, so
 * two kids never look alike on the tablet by accident (issue 17).
 */
export function freshAvatar(taken: readonly { avatarEmoji: string; avatarColor: string }[]) {
  const emojis = new Set(taken.map((kid) => kid.avatarEmoji));
  const colors = new Set(taken.map((kid) => kid.avatarColor));
  return {
    emoji:
      AVATAR_EMOJIS.find((emoji) => !emojis.has(emoji)) ??
      AVATAR_EMOJIS[taken.length % AVATAR_EMOJIS.length]!,
    color:
      AVATAR_COLORS.find((color) => !colors.has(color.value))?.value ??
      AVATAR_COLORS[taken.length % AVATAR_COLORS.length]!.value,
  };
}
