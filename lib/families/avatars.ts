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

/** Avatar backgrounds, each dark enough for white text and distinct from the others. */
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
