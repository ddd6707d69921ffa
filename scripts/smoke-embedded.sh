#!/usr/bin/env bash
# Smoke test of the first-run path: `npm start` with no DATABASE_URL on a fresh DATA_DIR.
# Start → healthy with the embedded database → demo family present → SIGTERM → nothing left running;
# start again → the demo family is still there, once → SIGTERM → nothing left running.
# Prints one line "smoke: N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

export DATA_DIR="$(mktemp -d /tmp/family-smoke.XXXXXX)"
export PORT="${SMOKE_PORT:-3300}"
export EMBEDDED_DATABASE_PORT="${SMOKE_DB_PORT:-54329}"
unset DATABASE_URL
passed=0; failed=0
check() { # check "what" command...
  if "${@:2}"; then passed=$((passed + 1)); echo "  ok   $1"; else failed=$((failed + 1)); echo "  FAIL $1"; fi
}
sql() { PGSSLMODE=disable PGGSSENCMODE=disable PGCONNECT_TIMEOUT=5 timeout 10 psql -At -h 127.0.0.1 -p "$EMBEDDED_DATABASE_PORT" -U postgres postgres -c "$1" 2>/dev/null; }
leftovers() { pgrep -f 'scripts/start.ts' ; pgrep -f 'next-server' ; ss -ltn "( sport = :$PORT or sport = :$EMBEDDED_DATABASE_PORT )" | tail -n +2; }

run_once() { # run_once label
  local started=$(date +%s%N) log="$DATA_DIR/start-$1.log"
  # A new session, so the test can signal npm alone, as a service manager would.
  setsid npm start >"$log" 2>&1 &
  local pid=$!
  local healthy=""
  for _ in $(seq 1 240); do
    body=$(curl -sf "http://127.0.0.1:$PORT/api/health" 2>/dev/null) && { healthy=$body; break; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  local ms=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "  $1 start: healthy after ${ms} ms: ${healthy:-never}"
  check "$1 start: /api/health 200 with the database connected" grep -q '"database":"connected"' <<<"$healthy"
  check "$1 start: exactly one demo family" test "$(sql "select count(*) from families where id = '00000000-0000-4000-8000-00000000d3e0'")" = 1
  check "$1 start: two demo logins" test "$(sql "select count(*) from users where email like '%@demo.family'")" = 2
  kill -TERM "$pid"
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  sleep 0.5
  check "$1 stop: npm start exited on SIGTERM" bash -c "! kill -0 $pid 2>/dev/null"
  check "$1 stop: no process or port left behind" test -z "$(leftovers)"
  grep -q 'closing the embedded database' "$log" || echo "  (the launcher did not report closing the database; log: $log)"
}

echo "smoke test of the embedded database (DATA_DIR=$DATA_DIR)"
run_once first
run_once second
[ "$failed" = 0 ] && rm -rf "$DATA_DIR"
echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
