#!/usr/bin/env bash
# The chaos suite's hands on the local mode's data stores, for chaos/run.sh and the suite's dependency-fault
# phases (issue #12). run-local.sh runs with LOCAL_EXTERNAL_STORES=1, so MongoDB and Redis are this script's:
#
#   chaos/stores.sh start mongo|redis       start it in its own process group with run-local.sh's command line,
#                                           wait (at most 60 s) until its port accepts
#   chaos/stores.sh kill mongo|redis        kill -9 it (and its process group), wait until its port is closed
#   chaos/stores.sh stop|cont mongo|redis   SIGSTOP / SIGCONT the process listening on its port
#   chaos/stores.sh pid mongo|redis         that process's pid
#   chaos/stores.sh stop-all                stop every store this script started (SIGCONT first), for run.sh's exit
#   chaos/stores.sh ingest coinmarketcap|cryptocompare
#                                           one ingestion run (INGEST_MODE=once) with the environment and
#                                           arguments run-local.sh gives the service, bounded by a timeout; exits with
#                                           the run's code (124 on timeout), its log on stdout
#
# Ports come from the environment (chaos/run.sh exports them): MONGO_PORT, REDIS_PORT, SIMULATOR_PORT, CC_PORT,
# CMC_PORT. The command lines are run-local.sh's (local-infra/local-mode.sh). Everything binds 127.0.0.1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
STATE="$ROOT/chaos/target/stores"
LOCAL="$ROOT/.local"
START_TIMEOUT_SECONDS=60
STOP_TIMEOUT_SECONDS=10
INGEST_TIMEOUT_SECONDS="${INGEST_TIMEOUT_SECONDS:-120}"
# JVM flags, store commands and the ingestion services' environment: run-local.sh's.
source "$ROOT/local-infra/local-mode.sh"

die() { printf '[stores] %s\n' "$*" >&2; exit 1; }
log() { printf '[stores] %s\n' "$*" >&2; }

jar_of() { # module, pattern
  local_jar "$1" "$2" || die "no $2 in $1/target: build first (./mvnw -q -B -DskipTests package)"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port_of() {
  case "$1" in
    mongo) echo "${MONGO_PORT:?MONGO_PORT is not set}" ;;
    redis) echo "${REDIS_PORT:?REDIS_PORT is not set}" ;;
    *) die "unknown store $1: mongo or redis" ;;
  esac
}

# The process that listens on the store's port: the mongo JVM, or redis-server (a child of the embedded-redis
# JVM when no redis-server is installed). Signals go to it, not to a wrapper.
listener() {
  ss -ltnpH "sport = :$(port_of "$1")" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

group_alive() { [[ -f "$STATE/$1.pgid" ]] && kill -0 -- "-$(cat "$STATE/$1.pgid")" 2>/dev/null; }

start_store() {
  local name="$1" port command pid deadline
  port="$(port_of "$name")"
  port_open "$port" && die "port $port is already in use: $name not started"
  jar_of local-infra 'local-infra-*-exec.jar' >/dev/null
  store_command "$name" "$port"
  command=("${STORE_COMMAND[@]}")
  mkdir -p "$STATE" "$LOCAL"
  printf -- '---- %s chaos/stores.sh start %s: %s\n' "$(date -u +%FT%TZ)" "$name" "${command[*]}" >>"$LOCAL/$name.log"
  # setsid: its own process group, so kill and stop-all reach the embedded redis-server under its JVM too.
  setsid "${command[@]}" >>"$LOCAL/$name.log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$STATE/$name.pgid"
  deadline=$(( SECONDS + START_TIMEOUT_SECONDS ))
  until port_open "$port"; do
    kill -0 "$pid" 2>/dev/null || die "$name exited at start; see .local/$name.log"
    (( SECONDS < deadline )) || die "$name not listening on $port after ${START_TIMEOUT_SECONDS}s; see .local/$name.log"
    sleep 0.1
  done
  log "$name started (process group $pid, listening pid $(listener "$name")) on $port"
}

kill_store() {
  local name="$1" pid port deadline
  port="$(port_of "$name")"
  pid="$(listener "$name")"
  [[ -n "$pid" ]] || die "nothing listens on $port: no $name to kill"
  kill -KILL "$pid"
  if group_alive "$name"; then
    kill -KILL -- "-$(cat "$STATE/$name.pgid")" 2>/dev/null || true
  fi
  rm -f "$STATE/$name.pgid"
  deadline=$(( SECONDS + STOP_TIMEOUT_SECONDS ))
  while port_open "$port"; do
    (( SECONDS < deadline )) || die "$port still open ${STOP_TIMEOUT_SECONDS}s after kill -9 of $name"
    sleep 0.05
  done
}

signal_store() { # STOP|CONT, name
  local pid
  pid="$(listener "$2")"
  [[ -n "$pid" ]] || die "nothing listens on $(port_of "$2"): no $2 to SIG$1"
  kill "-$1" "$pid"
}

stop_all() {
  local file name group deadline
  for file in "$STATE"/*.pgid; do
    [[ -f "$file" ]] || continue
    name="$(basename "$file" .pgid)"
    group="$(cat "$file")"
    # A stopped process would not act on SIGTERM until continued.
    kill -CONT -- "-$group" 2>/dev/null || true
    local pid
    pid="$(listener "$name" || true)"
    [[ -n "$pid" ]] && kill -CONT "$pid" 2>/dev/null || true
    kill -TERM -- "-$group" 2>/dev/null || true
    deadline=$(( SECONDS + STOP_TIMEOUT_SECONDS ))
    while kill -0 -- "-$group" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
    kill -KILL -- "-$group" 2>/dev/null || true
    rm -f "$file"
    log "$name stopped"
  done
}

ingest() {
  local source="$1" module jar port extra=()
  case "$source" in
    # The suite orders the sources' runs itself (prices before the ranking, on purpose): no waiting for a ranking.
    coinmarketcap) module=ingest-coinmarketcap jar="$(jar_of ingest-coinmarketcap 'ingest-coinmarketcap-*[0-9T].jar')" port="${CMC_PORT:?}"
      extra=(--topcoins.coinmarketcap.quotes.ranking-wait=0s) ;;
    cryptocompare) module=ingest-cryptocompare jar="$(jar_of ingest-cryptocompare 'ingest-cryptocompare-*[0-9T].jar')" port="${CC_PORT:?}" ;;
    *) die "unknown source $source: coinmarketcap or cryptocompare" ;;
  esac
  # What run-local.sh exports for the services, and its INGEST_ARGS; the lock is not held past the run, so the
  # next run of the suite is not skipped for this one's lock.
  ingestion_environment "${MONGO_PORT:?}" "${REDIS_PORT:?}" "${SIMULATOR_PORT:?}" once 30m
  cds_launch "$module" "$jar" "${JVM_OPTS[@]}" || die "no class archive for $module"
  exec timeout -k 5 "$INGEST_TIMEOUT_SECONDS" "${LAUNCH[@]}" --server.port="$port" \
    "${INGEST_ARGS[@]}" --topcoins.ingest.lock.at-least-for=0s "${extra[@]}"
}

case "${1:-}" in
  start) start_store "${2:?start mongo|redis}" ;;
  kill) kill_store "${2:?kill mongo|redis}" ;;
  stop) signal_store STOP "${2:?stop mongo|redis}" ;;
  cont) signal_store CONT "${2:?cont mongo|redis}" ;;
  pid) pid="$(listener "${2:?pid mongo|redis}")"; [[ -n "$pid" ]] || die "nothing listens for $2"; echo "$pid" ;;
  stop-all) stop_all ;;
  ingest) ingest "${2:?ingest coinmarketcap|cryptocompare}" ;;
  *) die "usage: $0 start|kill|stop|cont|pid mongo|redis, stop-all, ingest coinmarketcap|cryptocompare" ;;
esac
