#!/usr/bin/env bash
# Start-up and `once` runs of the services, launched three ways, side by side: writes
# benchmarks/target/results/startup.md (run.sh puts it into docs/benchmarks.md).
#
#   ./benchmarks/startup.sh           about 6 minutes on 2 cores; builds first unless STARTUP_NO_BUILD=1
#
# Launches:
#   jar       java -jar on the Boot jar: the local mode before CDS
#   launcher  the jar extracted with --launcher, run by Boot's JarLauncher: the images before CDS
#   cds       the jar extracted (thin jar and lib/), run on the class archive of a training run: both now
#             (local-infra/local-mode.sh cds_launch, the Dockerfile)
# It starts its own in-memory MongoDB, Redis and simulator on ports of its own, times ONCE_RUNS `once` runs
# of each ingestion service per launch (CryptoCompare first, so that CoinMarketCap finds the ranking it
# quotes), alternating the launches round by round, then the start-up of each service (Spring's "process
# running for" when it logs "Started", and the CPU seconds it had used by then) STARTUP_RUNS times. Every
# process it starts is stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="${STARTUP_OUT:-$ROOT/benchmarks/target/results}"
WORK="$OUT/startup"
# Archives of its own, trained afresh (and timed): a local mode running beside keeps its own.
CDS_DIR="$WORK/cds"
source "$ROOT/local-infra/local-mode.sh"
ONCE_RUNS="${ONCE_RUNS:-5}" STARTUP_RUNS="${STARTUP_RUNS:-3}"
MONGO_PORT=27317 REDIS_PORT=6579 SIMULATOR_PORT=8290 SERVICE_PORT=8291 MANAGEMENT_PORT=9291
LAUNCHES=(jar launcher cds)
log() { printf '[startup] %s\n' "$*"; }

[[ "${STARTUP_NO_BUILD:-0}" == 1 ]] || { log "building: ./mvnw -q -B -DskipTests package"; build_local_mode; }
rm -rf "$WORK" && mkdir -p "$WORK"

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
await_port() { # port: at most 2 minutes
  local deadline=$(( SECONDS + 120 ))
  until port_open "$1"; do (( SECONDS < deadline )) || { log "nothing on port $1"; exit 1; }; sleep 0.5; done
}

store_command mongo "$MONGO_PORT"; "${STORE_COMMAND[@]}" >"$WORK/mongo.log" 2>&1 & pids+=($!)
store_command redis "$REDIS_PORT"; "${STORE_COMMAND[@]}" >"$WORK/redis.log" 2>&1 & pids+=($!)
java "${JVM_OPTS[@]}" -jar "$(local_jar upstream-simulator 'upstream-simulator-*-exec.jar')" --server.address=127.0.0.1 \
  --server.port="$SIMULATOR_PORT" >"$WORK/simulator.log" 2>&1 & pids+=($!)
await_port "$MONGO_PORT"; await_port "$REDIS_PORT"; await_port "$SIMULATOR_PORT"

# ---------------------------------------------------------------- the three launches of each service

declare -A JAR=([ingest-cryptocompare]="$(local_jar ingest-cryptocompare 'ingest-cryptocompare-*[0-9T].jar')"
  [ingest-coinmarketcap]="$(local_jar ingest-coinmarketcap 'ingest-coinmarketcap-*[0-9T].jar')"
  [front-api]="$(local_jar front-api 'front-api-*[0-9T].jar')")
SERVICES=(ingest-cryptocompare ingest-coinmarketcap front-api)
flags_of() { # service: its JVM flags, in the array FLAGS
  if [[ "$1" == front-api ]]; then FLAGS=("${FRONT_API_JVM_OPTS[@]}"); else FLAGS=("${JVM_OPTS[@]}"); fi
}
TRAINING_TABLE="| service | training run s | archive MiB |
|---|---|---|"
for service in "${SERVICES[@]}"; do
  flags_of "$service"
  java -Djarmode=tools -jar "${JAR[$service]}" extract --launcher --destination "$WORK/launcher-$service" >/dev/null
  started=$SECONDS
  cds_launch "$service" "${JAR[$service]}" "${FLAGS[@]}"
  TRAINING_TABLE+=$'\n'"| $service | $(( SECONDS - started )) | $(( $(stat -c %s "$CDS_DIR/$service/app.jsa") / 1048576 )) |"
done
launch() { # service, launch: the command line, in the array LAUNCH
  flags_of "$1"
  case "$2" in
    jar) LAUNCH=(java "${FLAGS[@]}" -jar "${JAR[$1]}") ;;
    launcher) LAUNCH=(java "${FLAGS[@]}" -cp "$WORK/launcher-$1" org.springframework.boot.loader.launch.JarLauncher) ;;
    cds) cds_launch "$1" "${JAR[$1]}" "${FLAGS[@]}" ;;
  esac
}

# ---------------------------------------------------------------- once runs

# lock.at-least-for=0s: a successful run otherwise holds its source's lock for most of the interval, and the
# next run would be skipped as covered by it.
ingestion_environment "$MONGO_PORT" "$REDIS_PORT" "$SIMULATOR_PORT" once 1m
: >"$WORK/once.dat"
FAILED_RUNS=0
log "once runs: $ONCE_RUNS per service and launch"
for (( run = 1; run <= ONCE_RUNS; run++ )); do
  for how in "${LAUNCHES[@]}"; do
    for service in ingest-cryptocompare ingest-coinmarketcap; do
      launch "$service" "$how"
      # A run the service itself fails (exit 1: the simulator's market moved between two pages, say) is a run of
      # another length: it is counted and run again, at most twice.
      for attempt in 1 2 3; do
        /usr/bin/time -f '%e %U %S' -o "$WORK/time" "${LAUNCH[@]}" "${INGEST_ARGS[@]}" \
          --topcoins.ingest.lock.at-least-for=0s >"$WORK/once-$service-$how-$run.log" 2>&1 && break
        grep -q ' failed after ' "$WORK/once-$service-$how-$run.log" && (( attempt < 3 )) ||
          { log "$service ($how) once run failed: $WORK/once-$service-$how-$run.log"; exit 1; }
        cp "$WORK/once-$service-$how-$run.log" "$WORK/once-$service-$how-$run-failed-$attempt.log"
        FAILED_RUNS=$(( FAILED_RUNS + 1 ))
      done
      grep -q ' complete: ' "$WORK/once-$service-$how-$run.log" ||
        { log "$service ($how) ran no ingestion: $WORK/once-$service-$how-$run.log"; exit 1; }
      read -r wall user sys <"$WORK/time"
      # Its parts, from its log: Spring's start-up ("process running for"), the run ("complete: ... in N ms").
      started="$(grep -o 'process running for [0-9.]*' "$WORK/once-$service-$how-$run.log" | awk '{print $4}')"
      ran="$(grep -o ' complete: .* in [0-9]* ms' "$WORK/once-$service-$how-$run.log" | awk '{printf "%.2f", $(NF-1) / 1000}')"
      echo "$service $how $wall $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}') $started $ran" >>"$WORK/once.dat"
    done
  done
done
unset INGEST_MODE

# ---------------------------------------------------------------- start-up

CLOCK_TICKS="$(getconf CLK_TCK)"
cpu_seconds() { awk -v t="$CLOCK_TICKS" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
: >"$WORK/startup.dat"
log "start-up: $STARTUP_RUNS per service and launch"
export FRONT_API_PORT="$SERVICE_PORT" FRONT_API_MANAGEMENT_PORT="$MANAGEMENT_PORT"
for (( run = 1; run <= STARTUP_RUNS; run++ )); do
  for how in "${LAUNCHES[@]}"; do
    for service in "${SERVICES[@]}"; do
      launch "$service" "$how"
      logfile="$WORK/startup-$service-$how-$run.log"
      args=(--server.port="$SERVICE_PORT" --server.address=127.0.0.1)
      [[ "$service" != front-api ]] || args+=(--management.server.address=127.0.0.1)
      "${LAUNCH[@]}" "${args[@]}" >"$logfile" 2>&1 &
      pid=$!
      deadline=$(( SECONDS + 120 ))
      until grep -q 'Started .* (process running for ' "$logfile"; do
        kill -0 "$pid" 2>/dev/null && (( SECONDS < deadline )) || { log "$service ($how) did not start: $logfile"; exit 1; }
        sleep 0.02
      done
      cpu="$(cpu_seconds "$pid")"
      kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
      echo "$service $how $(grep -o 'process running for [0-9.]*' "$logfile" | awk '{print $4}') $cpu" >>"$WORK/startup.dat"
    done
  done
done

# ---------------------------------------------------------------- tables

median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
of() { awk -v s="$2" -v h="$3" -v c="$4" '$1 == s && $2 == h {print $c}' "$1" | median; }
ONCE_TABLE="| service | launch | runs | wall s (median) | CPU s (median) | wall ÷ jar | CPU ÷ jar | of the wall: started after s | the run s | the rest s |
|---|---|---|---|---|---|---|---|---|---|"
for service in ingest-cryptocompare ingest-coinmarketcap; do
  for how in "${LAUNCHES[@]}"; do
    wall="$(of "$WORK/once.dat" "$service" "$how" 3)" cpu="$(of "$WORK/once.dat" "$service" "$how" 4)"
    started="$(of "$WORK/once.dat" "$service" "$how" 5)" ran="$(of "$WORK/once.dat" "$service" "$how" 6)"
    ONCE_TABLE+=$'\n'"| $service | $how | $ONCE_RUNS | $wall | $cpu | $(awk -v a="$wall" -v b="$(of "$WORK/once.dat" "$service" jar 3)" 'BEGIN {printf "%.2f", a / b}') | $(awk -v a="$cpu" -v b="$(of "$WORK/once.dat" "$service" jar 4)" 'BEGIN {printf "%.2f", a / b}') | $started | $ran | $(awk -v w="$wall" -v s="$started" -v r="$ran" 'BEGIN {printf "%.2f", w - s - r}') |"
  done
done
STARTUP_TABLE="| service | launch | runs | started after s (median) | CPU s by then (median) | ÷ jar |
|---|---|---|---|---|---|"
for service in "${SERVICES[@]}"; do
  for how in "${LAUNCHES[@]}"; do
    started="$(of "$WORK/startup.dat" "$service" "$how" 3)"
    STARTUP_TABLE+=$'\n'"| $service | $how | $STARTUP_RUNS | $started | $(of "$WORK/startup.dat" "$service" "$how" 4) | $(awk -v a="$started" -v b="$(of "$WORK/startup.dat" "$service" jar 3)" 'BEGIN {printf "%.2f", a / b}') |"
  done
done
{
  echo "\`once\` runs at depth ${INGEST_DEPTH:-500} (a whole run: JVM start, Spring start-up, fetch, write, notice, exit; wall and"
  echo "user + system CPU seconds from GNU time). The wall's parts, medians each: Spring's \"process running for\" at \"Started\", the"
  echo "run as it logs it (\"complete: ... in N ms\"), and the rest: the JVM before its clock starts, closing the context, exiting."
  echo "At exit HotSpot waits up to 300 ms (a bound in its code) for threads in native code; the upstream client's (the JDK"
  echo "HttpClient's) selector thread is one, and Java 17 has no way to close that client (Java 21 has). Runs the service"
  echo "failed itself and that were run again (their logs are kept as \`*-failed-*.log\`): $FAILED_RUNS."
  echo
  echo "$ONCE_TABLE"
  echo
  echo "Start-up of each service as it serves (mode scheduled for the ingestion services): Spring's \"process running for\""
  echo "when it logs \"Started\", and the CPU seconds the process had used when that line appeared:"
  echo
  echo "$STARTUP_TABLE"
  echo
  echo "What CDS costs at build time (the training run, once per build of a jar; in the images, once per image):"
  echo
  echo "$TRAINING_TABLE"
} >"$OUT/startup.md"
cat "$OUT/startup.md"
