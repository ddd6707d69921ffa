// Class names for a kid's tablet look (lib/families/kid-look.ts): literal strings, so Tailwind
// finds them when it scans the sources.
import type { CardSize, KidLook } from "@/lib/families/kid-look";

const BY_SIZE: Record<
  CardSize,
  {
    grid: string;
    picture: string;
    wordsPicture: string;
    photo: string;
    wordsPhoto: string;
    title: string;
    item: string;
    tick: string;
  }
> = {
  NORMAL: {
    grid: "sm:grid-cols-2 lg:grid-cols-3",
    picture: "text-6xl",
    wordsPicture: "text-4xl",
    photo: "w-32",
    wordsPhoto: "w-20",
    title: "text-2xl",
    item: "min-h-16 text-xl",
    tick: "size-10 text-2xl",
  },
  LARGE: {
    grid: "sm:grid-cols-2",
    picture: "text-7xl",
    wordsPicture: "text-5xl",
    photo: "w-40",
    wordsPhoto: "w-24",
    title: "text-3xl",
    item: "min-h-20 text-2xl",
    tick: "size-12 text-3xl",
  },
  EXTRA_LARGE: {
    grid: "grid-cols-1",
    picture: "text-8xl",
    wordsPicture: "text-6xl",
    photo: "w-56",
    wordsPhoto: "w-32",
    title: "text-4xl",
    item: "min-h-24 text-3xl",
    tick: "size-14 text-4xl",
  },
};

/** The classes of a kid's cards: bigger for big sizes, smaller pictures for readers. */
export function lookClasses(look: KidLook) {
  const size = BY_SIZE[look.cardSize];
  return {
    grid: size.grid,
    picture: look.readingLevel === "WORDS" ? size.wordsPicture : size.picture,
    photo: look.readingLevel === "WORDS" ? size.wordsPhoto : size.photo,
    title: size.title,
    item: size.item,
    tick: size.tick,
  };
}
