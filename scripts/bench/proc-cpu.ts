// CPU time of this machine's processes, read from /proc: the benchmarks that charge CPU to the
// app, PostgreSQL's backends, nginx or the load generator per request (PostgreSQL must run on
// this machine for its backends to be read).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const TICK = Number(execFileSync("getconf", ["CLK_TCK"]).toString()) || 100;

/** CPU milliseconds (user + system) of a process or a thread, from its stat file. */
function statMs(path: string): number {
  const stat = readFileSync(path, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) / TICK) * 1000; // utime, stime
}

/** CPU milliseconds (user + system) of each of these processes so far (gone ones left out). */
export function cpuMs(pids: number[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    try {
      times.set(pid, statMs(`/proc/${pid}/stat`));
    } catch {
      // The process ended: a backend of a closed connection, an autovacuum worker.
    }
  }
  return times;
}

/**
 * CPU milliseconds of these processes' main threads only: for Node, the event loop, where the
 * app's JavaScript runs. The rest of a process's CPU is its helper threads' (V8's garbage
 * collection and compilers, libuv's pool).
 */
export function mainThreadCpuMs(pids: number[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    try {
      times.set(pid, statMs(`/proc/${pid}/task/${pid}/stat`));
    } catch {
      // The process ended.
    }
  }
  return times;
}

/** CPU used between two readings by the processes present in both. */
export function spent(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, end] of after) ms += end - (before.get(pid) ?? end);
  return ms;
}
