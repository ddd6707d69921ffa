import { useTranslations } from "next-intl";
import { starTiles } from "@/lib/points/tiles";

/**
 * A reward's price as tiles a child can count, filled as far as the kid's stars reach: one tile
 * per star up to 30, then tiles of 5, 10 … (the number is written on each). The whole is one
 * progress bar for screen readers.
 */
export function StarTiles({
  balance,
  cost,
  label,
  symbol = "⭐",
}: {
  balance: number;
  cost: number;
  label: string;
  /** What a full tile shows: a star, or a coin for a money goal (one tile per whole unit). */
  symbol?: string;
}) {
  const t = useTranslations("tablet.rewards");
  const { per, tiles } = starTiles(balance, cost);
  const have = Math.min(Math.max(balance, 0), cost);
  return (
    <div
      role="progressbar"
      aria-label={t("tiles", { label, have, cost })}
      aria-valuemin={0}
      aria-valuemax={cost}
      aria-valuenow={have}
      className="flex flex-wrap gap-1.5"
    >
      {tiles.map((tile, i) => {
        const share = tile.filled / tile.value;
        return (
          <span
            key={i}
            data-filled={tile.filled === tile.value ? "full" : tile.filled > 0 ? "part" : "empty"}
            className={`relative grid size-8 place-items-center overflow-hidden rounded-lg text-sm font-extrabold ring-2 ${share === 1 ? "bg-amber-400 text-amber-950 ring-amber-500" : "bg-white text-stone-500 ring-stone-300"}`}
          >
            {share > 0 && share < 1 && (
              <span
                className="absolute inset-y-0 left-0 bg-amber-300"
                style={{ width: `${share * 100}%` }}
              />
            )}
            <span className="relative" aria-hidden>
              {per === 1 ? (share === 1 ? symbol : "") : tile.value}
            </span>
          </span>
        );
      })}
    </div>
  );
}
