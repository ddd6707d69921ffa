#!/usr/bin/env bash
# Smoke test of the first-run path: `npm start` with no DATABASE_URL on a fresh DATA_DIR, as a
# self-hoster lives it. Start → healthy → demo family once → psql through `npm run db:url` → a
# backup while the app runs → a second `npm start` on the same DATA_DIR refuses → SIGTERM leaves
# nothing running → start again, data kept → SIGKILL of everything → start again, nothing lost →
# the backup restored into a new DATA_DIR (and refused into a used one).
# Prints one line "smoke: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

# The app makes DATA_DIR itself (its mode is checked); the smoke test's own logs sit beside it.
work="$(mktemp -d /tmp/family-smoke.XXXXXX)"
chmod 0711 "$work" # as root the server runs as another user, who must pass through
export DATA_DIR="$work/data"
export PORT="${SMOKE_PORT:-3300}"
export EMBEDDED_DATABASE_PORT="${SMOKE_DB_PORT:-54329}"
unset DATABASE_URL
passed=0; failed=0
check() { # check "what" command...
  if "${@:2}"; then passed=$((passed + 1)); echo "  ok   $1"; else failed=$((failed + 1)); echo "  FAIL $1"; fi
}
url() { npm run -s db:url 2>/dev/null; }
sql() { PGCONNECT_TIMEOUT=5 timeout 10 psql -At "$(url)" -c "$1" 2>/dev/null; }
leftovers() { pgrep -f "scripts/start.ts" ; pgrep -f "next-server" ; pgrep -f "postgres -D $DATA_DIR"; ss -ltn "( sport = :$PORT or sport = :$EMBEDDED_DATABASE_PORT )" | tail -n +2; }
pid=""

start_app() { # start_app label [seconds to wait]
  local started=$(date +%s%N) log="$work/start-$1.log" wait_s=${2:-240}
  # A new session, so the test can signal npm alone, as a service manager would.
  setsid npm start >"$log" 2>&1 &
  pid=$!
  local healthy=""
  # Waits while the launcher lives, up to wait_s: a start that builds takes minutes on a loaded
  # machine (in CI it builds beside the integration suite on 2 cores: 154 s was once not enough).
  local deadline=$(( $(date +%s) + wait_s ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    body=$(curl -sf "http://127.0.0.1:$PORT/api/health" 2>/dev/null) && { healthy=$body; break; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  local ms=$(( ($(date +%s%N) - started) / 1000000 ))
  local built; built=$(grep -o 'built in [0-9]* s' "$log" | tail -1)
  echo "  $1 start: healthy after ${ms} ms${built:+ (it $built)}: ${healthy:-never}"
  check "$1 start: /api/health 200, database connected, schema current" grep -q '"database":"connected","schema":"current"' <<<"$healthy"
  check "$1 start: exactly one demo family" test "$(sql "select count(*) from families where id = '00000000-0000-4000-8000-00000000d3e0'")" = 1
}

stop_app() { # stop_app label
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  sleep 0.5
  check "$1 stop: npm start exited on SIGTERM" bash -c "! kill -0 $pid 2>/dev/null"
  check "$1 stop: no process or port left behind" test -z "$(leftovers)"
}

echo "smoke test of the embedded database (DATA_DIR=$DATA_DIR)"
# The first start also makes the production build: it gets 15 minutes.
start_app first 900
check "first start: two demo logins" test "$(sql "select count(*) from users where email like '%@demo.family'")" = 2
check "first start: the server listens on 127.0.0.1 only" test "$(sql "show listen_addresses")" = 127.0.0.1
check "first start: the database password file is private (0600)" test "$(stat -c %a "$DATA_DIR/database-password")" = 600
check "first start: DATA_DIR is private (0700)" test "$(stat -c %a "$DATA_DIR")" = 700
check "first start: nothing in DATA_DIR is readable by others" test -z "$(find "$DATA_DIR" -perm /077 -print -quit)"
demo_password=$(sed -n 's/^password: //p' "$DATA_DIR/demo-logins.txt")
check "first start: the demo password was said once on the console and kept in demo-logins.txt (0600)" \
  bash -c "test -n '$demo_password' && test \$(grep -c -- '$demo_password' '$work/start-first.log') = 1 && test \$(stat -c %a '$DATA_DIR/demo-logins.txt') = 600"
check "first start: no password in the README opens the demo family; the kept one does" \
  npx tsx scripts/lib/demo-password-check.ts "$(sql "select \"passwordHash\" from users where email = 'alex@demo.family'")" "$demo_password"
check "first start: the console names the tablet's address on the home network" grep -qE "on the family tablet .*open http://[0-9.]+:$PORT/tablet|no network address but its own" "$work/start-first.log"
backup=$(npm run -s backup 2>"$work/backup.log")
check "a backup while the app runs: $(tail -1 "$work/backup.log")" test -s "$backup"
second_log="$work/start-concurrent.log"
timeout 60 npm start >"$second_log" 2>&1
check "a second npm start on the same DATA_DIR refuses, saying why" grep -q "already using $DATA_DIR" "$second_log"
check "the refused start left the first one healthy" curl -sf "http://127.0.0.1:$PORT/api/health" -o /dev/null
stop_app first
grep -q 'closing the embedded database' "$work/start-first.log" || echo "  (the launcher did not report closing the database)"

start_app second
sql "insert into families (id, name, \"timeZone\", \"updatedAt\") values ('00000000-0000-4000-8000-0000000000aa', 'Written before the crash', 'UTC', now())" >/dev/null
# Everything killed at once, as a power cut would: npm, the launcher and Next (one process group,
# made by setsid) and PostgreSQL (a group of its own).
kill -KILL -- "-$pid" $(pgrep -f "postgres -D $DATA_DIR") 2>/dev/null
for _ in $(seq 1 20); do [ -z "$(leftovers)" ] && break; sleep 0.25; done
check "SIGKILL: nothing survived it" test -z "$(leftovers)"
leftovers
start_app "after-SIGKILL"
check "after SIGKILL: the row committed before the crash is there" test "$(sql "select count(*) from families where id = '00000000-0000-4000-8000-0000000000aa'")" = 1
stop_app "after-SIGKILL"

restored="$work/restored"
DATA_DIR="$restored" npm run -s restore -- "$backup" >"$work/restore.log" 2>&1
check "restore into a new DATA_DIR: $(tail -1 "$work/restore.log")" grep -q "restored .* rows" "$work/restore.log"
DATA_DIR="$restored" npm run -s restore -- "$backup" >"$work/restore-again.log" 2>&1
check "restore into a DATA_DIR that holds a database refuses" grep -q "already holds a database" "$work/restore-again.log"
check "restore left no process behind" test -z "$(pgrep -f "postgres -D $restored")"

[ "$failed" = 0 ] && rm -rf "$work"
echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
