#!/usr/bin/env bash
# Local mode without Docker: builds the suite if needed, then runs on this machine, as separate processes,
# an in-memory MongoDB wire-protocol server, Redis, the upstream simulator, both ingestion services and the
# front API. Logs go to .local/<name>.log. Ctrl-C (or SIGTERM) stops everything and waits for it.
#
#   ./run-local.sh            build when sources changed, then start
#   ./run-local.sh --rebuild  always build first
#
# Every process listens on 127.0.0.1 only. Ports can be moved with LOCAL_MONGO_PORT, LOCAL_REDIS_PORT,
# LOCAL_SIMULATOR_PORT, LOCAL_CC_PORT, LOCAL_CMC_PORT, FRONT_API_PORT and FRONT_API_MANAGEMENT_PORT (the
# front API's Actuator: health, metrics); LOCAL_INTERVAL sets both ingestion intervals.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LOCAL="$ROOT/.local"
cd "$ROOT"

MONGO_PORT="${LOCAL_MONGO_PORT:-27017}"
REDIS_PORT="${LOCAL_REDIS_PORT:-6379}"
SIMULATOR_PORT="${LOCAL_SIMULATOR_PORT:-8090}"
CC_PORT="${LOCAL_CC_PORT:-8081}"
CMC_PORT="${LOCAL_CMC_PORT:-8082}"
API_PORT="${FRONT_API_PORT:-5001}"
API_MANAGEMENT_PORT="${FRONT_API_MANAGEMENT_PORT:-9001}"
INTERVAL="${LOCAL_INTERVAL:-1m}"
STARTUP_TIMEOUT_SECONDS=120
STOP_TIMEOUT_SECONDS=20

# JVM flags, store commands and the ingestion services' environment: shared with chaos/stores.sh.
source "$ROOT/local-infra/local-mode.sh"

log() { printf '[run-local] %s\n' "$*"; }

# ---------------------------------------------------------------- build (only when needed)

jars_present() {
  local_jar local-infra 'local-infra-*-exec.jar' >/dev/null &&
    local_jar upstream-simulator 'upstream-simulator-*-exec.jar' >/dev/null &&
    local_jar ingest-cryptocompare 'ingest-cryptocompare-*[0-9T].jar' >/dev/null &&
    local_jar ingest-coinmarketcap 'ingest-coinmarketcap-*[0-9T].jar' >/dev/null &&
    local_jar front-api 'front-api-*[0-9T].jar' >/dev/null
}

sources_changed() { # any pom or main source newer than the last successful build
  [[ -f "$LOCAL/build.stamp" ]] || return 0
  [[ -n "$(find "$ROOT" -path "$ROOT/.local" -prune -o -path "$ROOT/.git" -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -newer "$LOCAL/build.stamp" -print -quit)" ]]
}

mkdir -p "$LOCAL"
if [[ "${1:-}" == "--rebuild" ]] || ! jars_present || sources_changed; then
  log "building: ./mvnw -q -B -DskipTests package"
  ./mvnw -q -B -DskipTests package
  touch "$LOCAL/build.stamp"
else
  log "jars are up to date (./run-local.sh --rebuild forces a build)"
fi

SIMULATOR_JAR="$(local_jar upstream-simulator 'upstream-simulator-*-exec.jar')"
CC_JAR="$(local_jar ingest-cryptocompare 'ingest-cryptocompare-*[0-9T].jar')"
CMC_JAR="$(local_jar ingest-coinmarketcap 'ingest-coinmarketcap-*[0-9T].jar')"
API_JAR="$(local_jar front-api 'front-api-*[0-9T].jar')"

# The services' class archives (CDS, see local-infra/local-mode.sh), trained side by side after a build; the
# cds_launch calls below then find them ready.
if ! { cds_launch ingest-cryptocompare "$CC_JAR" "${JVM_OPTS[@]}" & cds_launch ingest-coinmarketcap "$CMC_JAR" "${JVM_OPTS[@]}" &
  cds_launch front-api "$API_JAR" "${FRONT_API_JVM_OPTS[@]}" & wait -n && wait -n && wait -n; }; then
  log "a CDS training run failed"
  exit 1
fi

# ---------------------------------------------------------------- process management

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for port in "$MONGO_PORT" "$REDIS_PORT" "$SIMULATOR_PORT" "$CC_PORT" "$CMC_PORT" "$API_PORT" "$API_MANAGEMENT_PORT"; do
  if port_open "$port"; then
    log "port $port is already in use: stop what uses it or move it (see the top of $0)"
    exit 1
  fi
done

# Job control: every process started below gets its own process group, so stopping one group also stops
# the processes it started (the embedded redis-server under its JVM), and a terminal's Ctrl-C reaches
# only this script, which then stops the services in order.
set -m
names=()
pids=()

start() { # name, command...: runs in the background, output to .local/<name>.log
  local name="$1"; shift
  "$@" >"$LOCAL/$name.log" 2>&1 &
  names+=("$name")
  pids+=("$!")
  log "started $name (pid $!), log: .local/$name.log"
}

stopping=0
stop_all() {
  (( stopping )) && return
  stopping=1
  trap - INT TERM
  log "stopping..."
  local i pid deadline
  # Reverse start order: the API and ingestion first, the data stores last.
  for (( i=${#pids[@]}-1; i>=0; i-- )); do
    kill -TERM -- "-${pids[i]}" 2>/dev/null || true
  done
  deadline=$(( SECONDS + STOP_TIMEOUT_SECONDS ))
  for (( i=${#pids[@]}-1; i>=0; i-- )); do
    pid="${pids[i]}"
    while kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )); do sleep 0.2; done
    if kill -0 -- "-$pid" 2>/dev/null; then
      log "${names[i]} did not stop in ${STOP_TIMEOUT_SECONDS}s: killing it"
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
  done
  wait 2>/dev/null || true
  log "stopped"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

fail() { # name: a process did not come up; show why and stop everything
  log "$1 failed to start; last lines of .local/$1.log:"
  tail -n 30 "$LOCAL/$1.log" >&2 || true
  exit 1
}

await() { # name, pid, probe command...: until the probe succeeds, the process dies, or the timeout
  local name="$1" pid="$2"; shift 2
  local deadline=$(( SECONDS + STARTUP_TIMEOUT_SECONDS ))
  until "$@"; do
    kill -0 "$pid" 2>/dev/null || fail "$name"
    (( SECONDS < deadline )) || fail "$name"
    sleep 1
  done
  log "$name is up"
}

# The containers' healthcheck (HTTP over bash's /dev/tcp) serves here too: no curl needed.
healthy() { "$ROOT/docker/healthcheck.sh" "$1" /actuator/health/readiness >/dev/null 2>&1; }

# ---------------------------------------------------------------- the suite

if [[ "${LOCAL_EXTERNAL_STORES:-0}" == 1 ]]; then
  # MongoDB and Redis are started, faulted and stopped by the caller (chaos/run.sh, chaos/stores.sh, with the
  # command lines of local-infra/local-mode.sh): only wait for their ports. A store that dies is then not a reason to stop the rest.
  log "LOCAL_EXTERNAL_STORES=1: not starting MongoDB and Redis, waiting for ports $MONGO_PORT and $REDIS_PORT"
  mongo_pid=$$ redis_pid=$$
else
  store_command mongo "$MONGO_PORT"
  start mongo "${STORE_COMMAND[@]}"
  mongo_pid=$!
  store_command redis "$REDIS_PORT"
  start redis "${STORE_COMMAND[@]}"
  redis_pid=$!
fi
start upstream-simulator java "${JVM_OPTS[@]}" -jar "$SIMULATOR_JAR" --server.address=127.0.0.1 --server.port="$SIMULATOR_PORT"
simulator_pid=$!

await mongo "$mongo_pid" port_open "$MONGO_PORT"
await redis "$redis_pid" port_open "$REDIS_PORT"
await upstream-simulator "$simulator_pid" healthy "$SIMULATOR_PORT"

ingestion_environment "$MONGO_PORT" "$REDIS_PORT" "$SIMULATOR_PORT" scheduled "$INTERVAL"
export FRONT_API_PORT="$API_PORT" FRONT_API_MANAGEMENT_PORT="$API_MANAGEMENT_PORT"

cds_launch ingest-cryptocompare "$CC_JAR" "${JVM_OPTS[@]}"
start ingest-cryptocompare "${LAUNCH[@]}" --server.port="$CC_PORT" "${INGEST_ARGS[@]}"
cc_pid=$!
cds_launch ingest-coinmarketcap "$CMC_JAR" "${JVM_OPTS[@]}"
start ingest-coinmarketcap "${LAUNCH[@]}" --server.port="$CMC_PORT" "${INGEST_ARGS[@]}"
cmc_pid=$!
cds_launch front-api "$API_JAR" "${FRONT_API_JVM_OPTS[@]}"
start front-api "${LAUNCH[@]}" --server.address=127.0.0.1 --management.server.address=127.0.0.1
api_pid=$!

await ingest-cryptocompare "$cc_pid" healthy "$CC_PORT"
await ingest-coinmarketcap "$cmc_pid" healthy "$CMC_PORT"
await front-api "$api_pid" healthy "$API_MANAGEMENT_PORT"

cat <<EOF

Top Coins is running (Ctrl-C stops everything):
  front API          http://127.0.0.1:$API_PORT/?limit=200&format=csv
                     http://127.0.0.1:$API_MANAGEMENT_PORT/actuator/health   (management port)
  simulator          http://127.0.0.1:$SIMULATOR_PORT/actuator/health
  ingest CryptoCompare   http://127.0.0.1:$CC_PORT/actuator/health   (every $INTERVAL)
  ingest CoinMarketCap   http://127.0.0.1:$CMC_PORT/actuator/health   (every $INTERVAL)
  MongoDB (in memory)    $MONGODB_URI
  Redis                  redis://127.0.0.1:$REDIS_PORT
  logs               $LOCAL/*.log

EOF

# Run until Ctrl-C/SIGTERM (the traps stop everything) or until a process dies on its own.
set +e
wait -n "${pids[@]}"
status=$?
set -e
for i in "${!pids[@]}"; do
  if ! kill -0 "${pids[i]}" 2>/dev/null; then
    log "${names[i]} exited (status $status); see .local/${names[i]}.log"
  fi
done
exit 1
