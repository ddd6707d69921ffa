// What this machine's cores allow two app processes (issue 22). The same single-threaded work
// (objects built, written as JSON and hashed, as a request's JavaScript does; no I/O) is run by a
// Node process held to each core in turn (taskset), then by two at once, one on each core, and
// each run's CPU time is read from inside it. On a machine whose cores are its own, every run
// costs about the same, and `bench:instances`' second app process can add what the first does.
// On a virtual machine whose cores share the host's with other tenants, a core can run the same
// work at half the speed of the other, minute by minute (the hypervisor reports no steal time
// here, so it counts as the process's own CPU): then "two processes against one" measures the
// machine, not the app. Not part of CI; results go in docs/benchmarks.md.
//   npm run bench:cores
//   npm run bench:cores -- --rounds 9 --work 200000
import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { median, numberArg } from "./options";

const ROUNDS = numberArg("rounds", 5);
const WORK = numberArg("work", 200_000);

/** Prints the CPU-ms the work took, from inside the process. */
const WORKER = `
const { createHash } = require("node:crypto");
const cpu = process.cpuUsage();
let text = "";
for (let i = 0; i < ${WORK}; i++) {
  const row = { id: "k" + i, n: i, tags: ["a" + (i % 7), "b" + (i % 11)], at: new Date(i * 1000).toISOString(), text };
  text = createHash("sha256").update(JSON.stringify(row)).digest("hex");
}
const used = process.cpuUsage(cpu);
console.log((used.user + used.system) / 1000);
`;

async function work(core: number): Promise<number> {
  const { stdout } = await promisify(execFile)("taskset", [
    "-c",
    String(core),
    process.execPath,
    "-e",
    WORKER,
  ]);
  return Number(stdout);
}

if (availableParallelism() < 2) throw new Error("one core: nothing to compare");
const runs = { alone: [[], []] as number[][], together: [[], []] as number[][] };
const gaps: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Alternated, so a slow spell of the machine does not fall on one mode only.
  const modes = round % 2 ? ["together", "alone"] : ["alone", "together"];
  for (const mode of modes) {
    if (mode === "alone") {
      const [a, b] = [await work(0), await work(1)];
      runs.alone[0]!.push(a);
      runs.alone[1]!.push(b);
      gaps.push(Math.max(a, b) / Math.min(a, b));
    } else {
      const [a, b] = await Promise.all([work(0), work(1)]);
      runs.together[0]!.push(a);
      runs.together[1]!.push(b);
    }
  }
}

const cell = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${median(sorted).toFixed(0)} (${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)})`;
};
const all = (mode: keyof typeof runs) => [...runs[mode][0]!, ...runs[mode][1]!];
console.log(
  `\n${ROUNDS} rounds of ${WORK.toLocaleString("en")} rows, CPU-ms per run: median (range)\n\n` +
    `| Core | Alone | Both cores busy |\n| --- | --- | --- |\n` +
    [0, 1]
      .map((core) => `| ${core} | ${cell(runs.alone[core]!)} | ${cell(runs.together[core]!)} |`)
      .join("\n") +
    `\n\nThe slower core against the faster, alone, round by round: ${gaps.map((g) => `${g.toFixed(2)}×`).join(", ")}. ` +
    `Both busy against alone: ${(median(all("together")) / median(all("alone"))).toFixed(2)}×.\n`,
);
