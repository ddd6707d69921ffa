// One way to time a database write or read in the benchmarks: 20 warm-up runs, then `runs` timed
// one after the other; the 50th and 95th percentiles in milliseconds.
export async function timeRuns(run: () => Promise<unknown>, runs: number) {
  for (let i = 0; i < 20; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}
