// A reward's price as tiles a child can count (issue 16): one tile per star up to 30; beyond
// that, each tile holds 5, 10, 20, 50 … stars (written on it), so there are never more than 30.

export const MAX_TILES = 30;
const STEPS = [1, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000];

export type Tile = {
  /** Stars this tile stands for (the last one may hold fewer). */
  value: number;
  /** Stars of it the kid already has: 0, all of it, or part of it (drawn as a partial fill). */
  filled: number;
};

/** How many stars one tile stands for at this price. */
export function starsPerTile(cost: number) {
  return STEPS.find((step) => Math.ceil(cost / step) <= MAX_TILES) ?? Math.ceil(cost / MAX_TILES);
}

/** The tiles of a reward that costs `cost` for a kid who has `balance` stars, in order. */
export function starTiles(balance: number, cost: number): { per: number; tiles: Tile[] } {
  if (cost <= 0) return { per: 1, tiles: [] };
  const per = starsPerTile(cost);
  const have = Math.min(Math.max(balance, 0), cost);
  const tiles: Tile[] = [];
  for (let start = 0; start < cost; start += per) {
    const value = Math.min(per, cost - start);
    tiles.push({ value, filled: Math.min(value, Math.max(0, have - start)) });
  }
  return { per, tiles };
}
