// Cost of one password check (argon2id, m = 19 MiB, t = 2, p = 1): the floor of every sign-in,
// and what an unknown email costs too (a dummy hash is verified). `npm run bench:password`.
import { hashPassword, verifyPassword } from "../../lib/auth/password";

const ROUNDS = 20;
const hash = await hashPassword("sunny-breakfast-42");
const times: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const started = performance.now();
  await verifyPassword(hash, i % 2 ? "sunny-breakfast-42" : "wrong-password-guess");
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) =>
  times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
console.log(
  `argon2id verify over ${ROUNDS} rounds: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`,
);
