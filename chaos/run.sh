#!/usr/bin/env bash
# Attacks the front API of the local mode and writes what it measured into docs/reliability.md:
#
#   ./chaos/run.sh                   the full run (about 11 minutes on 2 cores)
#   CHAOS_QUICK=1 ./chaos/run.sh     a smoke run: short windows, small counts (figures not comparable)
#   CHAOS_ONLY=greedy,mongo-hang ./chaos/run.sh   only these phases (slowloris, slowloris-spread, greedy,
#                                    malformed, distinct-windows, mongo-hang, mongo-empty, redis-hang,
#                                    redis-kill): one that kills the front API hides the ones after it
#
# It builds the suite, starts MongoDB and Redis (chaos/stores.sh) and ../run-local.sh on moved ports, using
# them (LOCAL_EXTERNAL_STORES=1; a local mode on the default ports is left alone), waits until the front API
# serves data, then runs the chaos suite (chaos/, a plain Java main). Front-door phases (issue #11, about
# 6 min): slowloris, greedy non-reading clients, a malformed-request flood and never-repeated windows, each
# between a window before and after, from a second loopback address while a normal client measures from
# 127.0.0.1. Then dependency faults (issue #12, about 5 min): MongoDB stopped (SIGSTOP) for 60 s, MongoDB
# killed and restarted empty then refilled by one-shot ingestion runs, Redis stopped for 30 s, Redis killed
# for 20 s, while clients measure cached and uncached answers, health probes and throughput.
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
SUITE_TIMEOUT_SECONDS=780
if [[ "$QUICK" == 1 ]]; then COMMAND="CHAOS_QUICK=1 $COMMAND" SUITE_TIMEOUT_SECONDS=330; fi
if [[ -n "$ONLY" ]]; then COMMAND="CHAOS_ONLY=$ONLY $COMMAND"; fi

MONGO_PORT=27317 REDIS_PORT=6579 SIMULATOR_PORT=8290 CC_PORT=8281 CMC_PORT=8282 API_PORT=5201 MANAGEMENT_PORT=9201
# For chaos/stores.sh, run here and by the suite.
export MONGO_PORT REDIS_PORT SIMULATOR_PORT CC_PORT CMC_PORT
STORES="chaos/stores.sh"
source "$ROOT/local-infra/local-mode.sh"

log() { printf '[chaos] %s\n' "$*"; }

# Slowloris holds thousands of sockets on both ends of loopback.
if (( $(ulimit -n) < 8192 )); then
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  (( $(ulimit -n) >= 8192 )) || log "warning: ulimit -n is $(ulimit -n); slowloris may fail to open its connections"
fi

# ---------------------------------------------------------------- build

log "building: ./mvnw -q -B -DskipTests package"
build_local_mode
CP="$(ls chaos/target/chaos-*.jar | head -1)"
rm -rf "$OUT" && mkdir -p "$OUT"

# ---------------------------------------------------------------- the local mode

stop_suite() {
  stop_local_mode
  "$STORES" stop-all || true   # MongoDB and Redis last, as run-local.sh would
}
trap stop_suite EXIT

# run-local.sh leaves MongoDB and Redis to chaos/stores.sh, so the suite can stop, kill and restart them
# (run-local.sh exits when one of its own children dies). The services hold their ingestion lock only for
# the run, so the suite's one-shot runs (chaos/stores.sh ingest) are not skipped for the scheduled ones'.
log "starting the local mode (run-local.sh, front API on $API_PORT; MongoDB and Redis by $STORES)"
LOCAL_EXTERNAL_STORES=1 LOCAL_MONGO_PORT=$MONGO_PORT LOCAL_REDIS_PORT=$REDIS_PORT LOCAL_SIMULATOR_PORT=$SIMULATOR_PORT \
  LOCAL_CC_PORT=$CC_PORT LOCAL_CMC_PORT=$CMC_PORT FRONT_API_PORT=$API_PORT FRONT_API_MANAGEMENT_PORT=$MANAGEMENT_PORT \
  LOCAL_INTERVAL=30m TOPCOINS_INGEST_LOCK_ATLEASTFOR=0s ./run-local.sh >"$OUT/run-local.log" 2>&1 &
LOCAL_MODE_PID=$!
# After run-local.sh has checked that every port is free: it says so before waiting for the stores.
deadline=$(( SECONDS + 120 ))
until grep -q 'LOCAL_EXTERNAL_STORES=1' "$OUT/run-local.log" 2>/dev/null; do
  kill -0 "$LOCAL_MODE_PID" 2>/dev/null || { log "the local mode exited:"; tail -30 "$OUT/run-local.log"; exit 1; }
  (( SECONDS < deadline )) || { log "run-local.sh did not get to its data stores in 2 min"; tail -30 "$OUT/run-local.log"; exit 1; }
  sleep 0.2
done
"$STORES" start mongo
"$STORES" start redis

API="http://127.0.0.1:$API_PORT"
status() { curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$1" || true; }
deadline=$(( SECONDS + 300 ))
until [[ "$(status "$API/?limit=200")" == 200 ]]; do
  kill -0 "$LOCAL_MODE_PID" 2>/dev/null || { log "the local mode exited:"; tail -30 "$OUT/run-local.log"; exit 1; }
  (( SECONDS < deadline )) || { log "no data at $API/?limit=200 after 5 min"; tail -30 "$OUT/run-local.log"; exit 1; }
  sleep 1
done
API_PID="$(ss -ltnpH "sport = :$API_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
[[ -n "$API_PID" ]] || { log "no process listens on $API_PORT"; exit 1; }
log "the front API (pid $API_PID) serves data"

# ---------------------------------------------------------------- the suite

timeout -k 10 "$SUITE_TIMEOUT_SECONDS" java -Xmx512m -cp "$CP" com.topcoins.chaos.ChaosSuite run \
  --port="$API_PORT" --pid="$API_PID" --log=.local/front-api.log --redis-port="$REDIS_PORT" --out="$OUT" \
  --management-port="$MANAGEMENT_PORT" --stores="$STORES" \
  --attacker="$ATTACKER" --quick="$([[ "$QUICK" == 1 ]] && echo true || echo false)" --command="$COMMAND" --only="$ONLY" \
  | tee "$OUT/chaos.log"

stop_suite
log "local mode stopped"
# The front API's log can grow by a stack trace per bad request: keep its end only.
tail -n 2000 .local/front-api.log >"$OUT/front-api-tail.log" 2>/dev/null || true

java -cp "$CP" com.topcoins.chaos.ChaosSuite splice --doc="$DOC" --fragment="$OUT/chaos.md"
log "wrote $DOC (between <!-- chaos:begin --> and <!-- chaos:end -->) and $OUT/"
