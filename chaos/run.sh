#!/usr/bin/env bash
# Attacks the front API of the local mode and writes what it measured into docs/reliability.md:
#
#   ./chaos/run.sh                   the full run (about 6 minutes on 2 cores)
#   CHAOS_QUICK=1 ./chaos/run.sh     a smoke run: short windows, small counts (figures not comparable)
#   CHAOS_ONLY=greedy,malformed ./chaos/run.sh   only these phases (slowloris, greedy, malformed,
#                                    distinct-windows): one that kills the front API hides the ones after it
#
# It builds the suite, starts ../run-local.sh on moved ports (so a local mode on the default ports is left
# alone), waits until the front API serves data, then runs the chaos suite (chaos/, a plain Java main):
# slowloris, greedy non-reading clients, a malformed-request flood and never-repeated windows, each between
# a window before and after, from a second loopback address while a normal client measures from 127.0.0.1.
# Results go to chaos/target/results/; the report is spliced into docs/reliability.md between
# <!-- chaos:begin --> and <!-- chaos:end -->. Everything it starts is stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/chaos/target/results"
DOC="docs/reliability.md"
QUICK="${CHAOS_QUICK:-0}"
ATTACKER="${CHAOS_ATTACKER:-127.0.0.2}"
ONLY="${CHAOS_ONLY:-}"
COMMAND="./chaos/run.sh"
# A last resort only: the suite ends by itself well before (its windows and timeouts are fixed).
SUITE_TIMEOUT_SECONDS=420
if [[ "$QUICK" == 1 ]]; then COMMAND="CHAOS_QUICK=1 $COMMAND" SUITE_TIMEOUT_SECONDS=110; fi
if [[ -n "$ONLY" ]]; then COMMAND="CHAOS_ONLY=$ONLY $COMMAND"; fi

MONGO_PORT=27317 REDIS_PORT=6579 SIMULATOR_PORT=8290 CC_PORT=8281 CMC_PORT=8282 API_PORT=5201 MANAGEMENT_PORT=9201

log() { printf '[chaos] %s\n' "$*"; }

# Slowloris holds thousands of sockets on both ends of loopback.
if (( $(ulimit -n) < 8192 )); then
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  (( $(ulimit -n) >= 8192 )) || log "warning: ulimit -n is $(ulimit -n); slowloris may fail to open its connections"
fi

# ---------------------------------------------------------------- build

log "building: ./mvnw -q -B -DskipTests package"
./mvnw -q -B -DskipTests package
# run-local.sh rebuilds when sources are newer than its stamp: they are not, we just built.
mkdir -p .local && touch .local/build.stamp
CP="$(ls chaos/target/chaos-*.jar | head -1)"
rm -rf "$OUT" && mkdir -p "$OUT"

# ---------------------------------------------------------------- the local mode

suite_pid=""
stop_suite() {
  if [[ -n "$suite_pid" ]]; then
    kill -TERM "$suite_pid" 2>/dev/null || true   # run-local.sh stops its services and waits for them
    wait "$suite_pid" 2>/dev/null || true
    suite_pid=""
  fi
}
trap stop_suite EXIT

log "starting the local mode (run-local.sh, front API on $API_PORT)"
LOCAL_MONGO_PORT=$MONGO_PORT LOCAL_REDIS_PORT=$REDIS_PORT LOCAL_SIMULATOR_PORT=$SIMULATOR_PORT \
  LOCAL_CC_PORT=$CC_PORT LOCAL_CMC_PORT=$CMC_PORT FRONT_API_PORT=$API_PORT FRONT_API_MANAGEMENT_PORT=$MANAGEMENT_PORT \
  LOCAL_INTERVAL=30m ./run-local.sh >"$OUT/run-local.log" 2>&1 &
suite_pid=$!

API="http://127.0.0.1:$API_PORT"
status() { curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$1" || true; }
deadline=$(( SECONDS + 300 ))
until [[ "$(status "$API/?limit=200")" == 200 ]]; do
  kill -0 "$suite_pid" 2>/dev/null || { log "the local mode exited:"; tail -30 "$OUT/run-local.log"; exit 1; }
  (( SECONDS < deadline )) || { log "no data at $API/?limit=200 after 5 min"; tail -30 "$OUT/run-local.log"; exit 1; }
  sleep 1
done
API_PID="$(ss -ltnpH "sport = :$API_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
[[ -n "$API_PID" ]] || { log "no process listens on $API_PORT"; exit 1; }
log "the front API (pid $API_PID) serves data"

# ---------------------------------------------------------------- the suite

timeout -k 10 "$SUITE_TIMEOUT_SECONDS" java -Xmx512m -cp "$CP" com.topcoins.chaos.ChaosSuite run \
  --port="$API_PORT" --pid="$API_PID" --log=.local/front-api.log --redis-port="$REDIS_PORT" --out="$OUT" \
  --attacker="$ATTACKER" --quick="$([[ "$QUICK" == 1 ]] && echo true || echo false)" --command="$COMMAND" --only="$ONLY" \
  | tee "$OUT/chaos.log"

stop_suite
log "local mode stopped"
# The front API's log can grow by a stack trace per bad request: keep its end only.
tail -n 2000 .local/front-api.log >"$OUT/front-api-tail.log" 2>/dev/null || true

java -cp "$CP" com.topcoins.chaos.ChaosSuite splice --doc="$DOC" --fragment="$OUT/chaos.md"
log "wrote $DOC (between <!-- chaos:begin --> and <!-- chaos:end -->) and $OUT/"
