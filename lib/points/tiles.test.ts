import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TILES, starTiles, starsPerTile } from "@/lib/points/tiles";

describe("starTiles", () => {
  it("gives one tile per star up to 30", () => {
    const { per, tiles } = starTiles(4, 10);
    expect(per).toBe(1);
    expect(tiles).toHaveLength(10);
    expect(tiles.filter((t) => t.filled === 1)).toHaveLength(4);
  });

  it("groups beyond 30: 50 stars are 10 tiles of 5, a part-filled one where the kid is", () => {
    const { per, tiles } = starTiles(12, 50);
    expect(per).toBe(5);
    expect(tiles).toHaveLength(10);
    expect(tiles.slice(0, 3)).toEqual([
      { value: 5, filled: 5 },
      { value: 5, filled: 5 },
      { value: 5, filled: 2 },
    ]);
  });

  it("picks round groups: 31 → 5, 151 → 10, 1000 → 50", () => {
    expect(starsPerTile(30)).toBe(1);
    expect(starsPerTile(31)).toBe(5);
    expect(starsPerTile(151)).toBe(10);
    expect(starsPerTile(1000)).toBe(50);
  });

  it("holds for any price and balance: at most 30 tiles, the price in full, the balance in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: -100, max: 2_000_000 }),
        (cost, balance) => {
          const { tiles } = starTiles(balance, cost);
          const sum = (f: (t: (typeof tiles)[number]) => number) =>
            tiles.reduce((total, tile) => total + f(tile), 0);
          const filledInOrder = tiles.every(
            (tile, i) =>
              i === 0 || tile.filled === 0 || tiles[i - 1]!.filled === tiles[i - 1]!.value,
          );
          return (
            tiles.length <= MAX_TILES &&
            tiles.length > 0 &&
            sum((t) => t.value) === cost &&
            sum((t) => t.filled) === Math.min(Math.max(balance, 0), cost) &&
            filledInOrder
          );
        },
      ),
    );
  });
});
