// What the benchmarks share: their numeric command-line options and the median of rounds.

/** `--name N` from the command line, or `fallback`. */
export function numberArg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** `--name value` from the command line, or `fallback`. */
export function stringArg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1]! : fallback;
}

/** The middle value: rounds report it so one disturbed round does not move the figure. */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** The value below which a share `q` (0–1) of these values lie; `sorted` ascending. */
export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
