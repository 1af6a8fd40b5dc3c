#!/usr/bin/env bash
# Runs every benchmark on this machine and writes docs/benchmarks.md and docs/benchmarks/*.png:
#
#   ./benchmarks/run.sh             the full run (about 25 minutes on 2 cores)
#   BENCH_QUICK=1 ./benchmarks/run.sh   a smoke run: small sizes, short loads (numbers not comparable)
#
# It installs wrk and gnuplot-nox with apt-get when missing, builds the suite, runs the writer benchmark
# in-process, times start-up and once runs with and without Class Data Sharing (./startup.sh), then starts the suite with ../run-local.sh (ports moved out of the way, depth 5000,
# Spring profile "benchmark" for the ceiling endpoint) plus a second front API with caching off, loads
# them with wrk (after a warm-up), times the database query of a 5000-row miss alone, measures freshness
# and samples every service's RSS meanwhile. Everything it starts is
# stopped on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/benchmarks/target/results"
PLOTS="$ROOT/docs/benchmarks"
QUICK="${BENCH_QUICK:-0}"
LOAD_SECONDS=10 WARMUP_SECONDS=30 SETTLE_SECONDS=3 ROUNDS=3
SIZES=10000,100000,1000000
PUBLISHES=50
if [[ "$QUICK" == 1 ]]; then LOAD_SECONDS=3 WARMUP_SECONDS=3 SETTLE_SECONDS=1 ROUNDS=1; SIZES=10000,20000; PUBLISHES=5; fi

MONGO_PORT=27217 REDIS_PORT=6479 SIMULATOR_PORT=8190 CC_PORT=8181 CMC_PORT=8182 API_PORT=5101 NOCACHE_PORT=5102 NGINX_PORT=5103
API_MANAGEMENT_PORT=9101 NOCACHE_MANAGEMENT_PORT=9102
# The JVM flags run-local.sh gives the front API (FRONT_API_JVM_OPTS), so the second front API is measured like the
# first.
source "$ROOT/local-infra/local-mode.sh"
# wrk is one client (one address) with 64 connections: the front door's per-client limits, which keep one
# client from holding the whole server (docs/reliability.md), would refuse most of it. Off for these runs.
export TOPCOINS_DOOR_CONNECTIONS_PER_CLIENT=0 TOPCOINS_DOOR_CONCURRENT_REQUESTS_PER_CLIENT=0
# Likewise the database bulkhead, which answers 503 past 8 cache misses at once so that a hung MongoDB never
# takes every worker: the miss benchmarks measure throughput, so every worker may wait on MongoDB here.
export TOPCOINS_API_DATABASE_CONCURRENCY=16

log() { printf '[benchmarks] %s\n' "$*"; }
# The code measured: "-dirty" when the tree had uncommitted changes.
REVISION="$(git describe --always --dirty 2>/dev/null || echo unknown)"

# ---------------------------------------------------------------- tools and build

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
command -v nginx >/dev/null || missing+=(nginx-light)
if (( ${#missing[@]} )); then
  SUDO=(); (( EUID == 0 )) || SUDO=(sudo)
  log "installing ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
fi

log "building: ./mvnw -q -B -DskipTests package"
build_local_mode
CP="$(ls benchmarks/target/benchmarks-*.jar | head -1):benchmarks/target/lib/*"
API_JAR="$(ls front-api/target/front-api-*[0-9T].jar | head -1)"
rm -rf "$OUT" && mkdir -p "$OUT" "$PLOTS"

# ---------------------------------------------------------------- 1. ingestion writer

log "writer benchmark (sizes $SIZES)"
# The in-memory server lives in this JVM: a large fixed heap keeps GC from dominating the 1 000 000 runs.
java -Xms12g -Xmx12g -cp "$CP" com.topcoins.benchmarks.writer.WriterBenchmark "$OUT" "$SIZES" | tee "$OUT/writer.log"

# ---------------------------------------------------------------- 1b. start-up and once runs

log "start-up and once runs (./benchmarks/startup.sh)"
STARTUP_OUT="$OUT" STARTUP_NO_BUILD=1 ONCE_RUNS="$(( QUICK == 1 ? 1 : 5 ))" STARTUP_RUNS="$(( QUICK == 1 ? 1 : 3 ))" \
  ./benchmarks/startup.sh | tee "$OUT/startup.log"

# ---------------------------------------------------------------- 2. the suite

suite_pid="" nocache_pid="" sampler_pid="" nginx_pid=""
cleanup() {
  [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
  [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null || true
  [[ -n "$nocache_pid" ]] && kill "$nocache_pid" 2>/dev/null || true
  if [[ -n "$suite_pid" ]]; then
    kill -TERM "$suite_pid" 2>/dev/null || true   # run-local.sh stops its services and waits for them
  fi
  wait 2>/dev/null || true
}
trap cleanup EXIT

log "starting the suite (run-local.sh, depth 5000, profile benchmark)"
LOCAL_MONGO_PORT=$MONGO_PORT LOCAL_REDIS_PORT=$REDIS_PORT LOCAL_SIMULATOR_PORT=$SIMULATOR_PORT \
  LOCAL_CC_PORT=$CC_PORT LOCAL_CMC_PORT=$CMC_PORT FRONT_API_PORT=$API_PORT FRONT_API_MANAGEMENT_PORT=$API_MANAGEMENT_PORT \
  LOCAL_INTERVAL=30m INGEST_DEPTH=5000 SPRING_PROFILES_ACTIVE=benchmark \
  ./run-local.sh >"$OUT/run-local.log" 2>&1 &
suite_pid=$!

API="http://127.0.0.1:$API_PORT"
NOCACHE="http://127.0.0.1:$NOCACHE_PORT"
status() { curl -s -o /dev/null -w '%{http_code}' "$1" || true; }
await_200() { # url: until it answers 200 (both sources ingested), at most 5 minutes
  local deadline=$(( SECONDS + 300 ))
  until [[ "$(status "$1")" == 200 ]]; do
    kill -0 "$suite_pid" 2>/dev/null || { tail -30 "$OUT/run-local.log"; exit 1; }
    (( SECONDS < deadline )) || { log "no data at $1 after 5 min"; tail -30 "$OUT/run-local.log"; exit 1; }
    sleep 2
  done
}
await_200 "$API/?limit=5000"
log "the suite serves 5000 rows"

log "starting a second front API with caching off on port $NOCACHE_PORT"
cds_launch front-api "$API_JAR" "${FRONT_API_JVM_OPTS[@]}"
MONGODB_URI="mongodb://127.0.0.1:$MONGO_PORT/topcoins" REDIS_HOST=127.0.0.1 REDIS_PORT=$REDIS_PORT REDIS_PASSWORD="" \
  INGEST_DEPTH=5000 FRONT_API_PORT=$NOCACHE_PORT FRONT_API_MANAGEMENT_PORT=$NOCACHE_MANAGEMENT_PORT SPRING_PROFILES_ACTIVE=benchmark \
  "${LAUNCH[@]}" --topcoins.api.cache-enabled=false --server.address=127.0.0.1 \
  --management.server.address=127.0.0.1 >"$OUT/front-api-nocache.log" 2>&1 &
nocache_pid=$!
await_200 "$NOCACHE/?limit=200"

# ---------------------------------------------------------------- RSS sampler

pid_on() { ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
declare -A SERVICE_PORTS=([mongo-in-memory]=$MONGO_PORT [redis]=$REDIS_PORT [upstream-simulator]=$SIMULATOR_PORT
  [ingest-cryptocompare]=$CC_PORT [ingest-coinmarketcap]=$CMC_PORT [front-api]=$API_PORT [front-api-nocache]=$NOCACHE_PORT)
: >"$OUT/rss.samples"
(
  while true; do
    for name in "${!SERVICE_PORTS[@]}"; do
      pid="$(pid_on "${SERVICE_PORTS[$name]}")"
      [[ -n "$pid" ]] && echo "$name $(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ')" >>"$OUT/rss.samples"
    done
    sleep 1
  done
) &
sampler_pid=$!

# ---------------------------------------------------------------- 3. front API throughput

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
wrk_run() { # name, connections, url, round: one wrk run (with the scenario's HEADERS), its figures appended to rounds.dat
  local name="$1" connections="$2" url="$3" round="$4" result threads=$(( $2 < 2 ? 1 : 2 )) header=()
  [[ -z "${HEADERS[$name]:-}" ]] || header=(-H "${HEADERS[$name]}")
  # Unmeasured first: requests the previous scenario left queued (a saturated server keeps working on
  # them after wrk stops) would otherwise land in this one's latencies.
  wrk -t"$threads" -c"$connections" -d"${SETTLE_SECONDS}s" "${header[@]}" "$url" >/dev/null
  result="$(wrk -t"$threads" -c"$connections" -d"${LOAD_SECONDS}s" --latency "${header[@]}" "$url")"
  echo "$result" >"$OUT/wrk-$name-$round.txt"
  echo "$name $round $(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$result") $(awk '$1 == "50%" {print $2}' <<<"$result" | to_ms)" \
    "$(awk '$1 == "99%" {print $2}' <<<"$result" | to_ms) $(awk '/Non-2xx/ {print $NF}' <<<"$result" | grep . || echo 0)" >>"$OUT/rounds.dat"
}
warm_up() { # scenario...: JIT compilation and caches warm before anything is measured
  local name header
  for name in "$@"; do
    header=(); [[ -z "${HEADERS[$name]:-}" ]] || header=(-H "${HEADERS[$name]}")
    wrk -t2 -c64 -d"${WARMUP_SECONDS}s" "${header[@]}" "${URLS[$name]}" >/dev/null
  done
}
: >"$OUT/rounds.dat"
JSON_BYTES="$(curl -s "$API/?limit=200" | wc -c)"
GZIP_BYTES="$(curl -s -H 'Accept-Encoding: gzip' "$API/?limit=200" | wc -c)"

# The machine's ceiling: nginx (Debian's nginx-light) serving the very bytes of the cached limit=200 JSON answer
# as a static file, plain and, to a client that takes gzip, the API's own gzip answer through gzip_static.
mkdir -p "$OUT/nginx/www" "$OUT/nginx/logs"
curl -s "$API/?limit=200" -o "$OUT/nginx/www/top.json"
curl -s -H 'Accept-Encoding: gzip' "$API/?limit=200" -o "$OUT/nginx/www/top.json.gz"
cat >"$OUT/nginx/nginx.conf" <<NGINX
worker_processes auto;
error_log $OUT/nginx/logs/error.log;
pid $OUT/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT/nginx/www;
    gzip_static on;
  }
}
NGINX
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
NGINX="http://127.0.0.1:$NGINX_PORT"
await_200 "$NGINX/top.json"
[[ "$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$NGINX/top.json")" == "$GZIP_BYTES" ]] ||
  { log "nginx does not serve the gzip answer (gzip_static)"; exit 1; }

declare -A URLS=([json-warm]="$API/?limit=200" [csv-warm]="$API/?limit=200&format=csv"
  [ceiling]="$API/benchmark/ceiling?bytes=$JSON_BYTES" [nginx]="$NGINX/top.json"
  [ceiling-gzip]="$API/benchmark/ceiling?bytes=$GZIP_BYTES"
  [json-warm-gzip]="$API/?limit=200" [csv-warm-gzip]="$API/?limit=200&format=csv" [nginx-gzip]="$NGINX/top.json"
  [json-warm-8]="$API/?limit=200" [json-nocache]="$NOCACHE/?limit=200"
  [csv-nocache]="$NOCACHE/?limit=200&format=csv" [json-5000-nocache]="$NOCACHE/?limit=5000")
declare -A HEADERS=([json-warm-gzip]="Accept-Encoding: gzip" [csv-warm-gzip]="Accept-Encoding: gzip"
  [nginx-gzip]="Accept-Encoding: gzip")
# json-warm-8: the cached answer at 8 connections, a load that does not saturate this machine.
declare -A CONNECTIONS=([json-warm-8]=8 [json-5000-nocache]=1)
# ceiling-gzip: our own stack's ceiling for as many bytes as the gzip answer has, what the gzip rows could reach.
WARM=(json-warm csv-warm ceiling nginx json-warm-gzip csv-warm-gzip ceiling-gzip nginx-gzip)
ONCE=(json-warm-8 json-nocache csv-nocache json-5000-nocache)

log "warming up both front APIs (${WARMUP_SECONDS} s per URL)"
warm_up json-warm csv-warm ceiling json-warm-gzip csv-warm-gzip ceiling-gzip json-nocache
# The machine is shared and noisy: the cached scenarios and the ceiling alternate, round after round,
# so each ratio compares runs seconds apart, and the tables give medians over the rounds.
for (( round = 1; round <= ROUNDS; round++ )); do
  for name in "${WARM[@]}"; do wrk_run "$name" 64 "${URLS[$name]}" "$round"; done
done
for name in "${ONCE[@]}"; do wrk_run "$name" "${CONNECTIONS[$name]:-64}" "${URLS[$name]}" 1; done

echo "# scenario req/s p50_ms p99_ms" >"$OUT/api.dat"
API_TABLE="| scenario | URL | Accept-Encoding | connections | rounds | req/s | p50 ms | p99 ms | non-2xx | ÷ Tomcat ceiling | ÷ nginx, same encoding |
|---|---|---|---|---|---|---|---|---|---|---|"
summary() { # name: median req/s, p50 and p99 over its rounds, all non-2xx, number of rounds
  awk -v n="$1" '$1 == n' "$OUT/rounds.dat" >"$OUT/rows.tmp"
  echo "$(cut -d' ' -f3 "$OUT/rows.tmp" | median) $(cut -d' ' -f4 "$OUT/rows.tmp" | median)" \
    "$(cut -d' ' -f5 "$OUT/rows.tmp" | median) $(awk '{s += $6} END {print s}' "$OUT/rows.tmp") $(wc -l <"$OUT/rows.tmp")"
}
ratio() { # name, base: the median over rounds of its req/s divided by the base's in the same round
  awk -v n="$1" -v b="$2" '$1 == n {r[$2] = $3} $1 == b {c[$2] = $3} END {for (k in r) if (k in c) printf "%.2f\n", r[k] / c[k]}' \
    "$OUT/rounds.dat" | median
}
for name in "${WARM[@]}" "${ONCE[@]}"; do
  read -r rps p50 p99 errors rounds <<<"$(summary "$name")"
  to_ceiling="" to_nginx=""
  case "$name" in
    json-warm|csv-warm) to_ceiling="$(ratio "$name" ceiling)"; to_nginx="$(ratio "$name" nginx)" ;;
    ceiling) to_nginx="$(ratio "$name" nginx)" ;;
    json-warm-gzip|csv-warm-gzip) to_ceiling="$(ratio "$name" ceiling-gzip)"; to_nginx="$(ratio "$name" nginx-gzip)" ;;
    ceiling-gzip) to_nginx="$(ratio "$name" nginx-gzip)" ;;
  esac
  log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms${to_ceiling:+, $to_ceiling × ceiling}${to_nginx:+, $to_nginx × nginx}"
  echo "$name $rps $p50 $p99" >>"$OUT/api.dat"
  coding="${HEADERS[$name]:-}"
  API_TABLE+=$'\n'"| $name | \`${URLS[$name]#http://127.0.0.1:}\` | ${coding#Accept-Encoding: } | ${CONNECTIONS[$name]:-64} | $rounds | $rps | $p50 | $p99 | $errors | $to_ceiling | $to_nginx |"
done
rm -f "$OUT/rows.tmp"

# ---------------------------------------------------------------- where the CPU goes (JFR)

# Recorded on loads of their own, after the measured ones: JFR's sampling would otherwise be in their figures.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
young_gcs() { jstat -gc "$1" | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i} NR == 2 {print $col["YGC"], $col["YGCT"]}'; }
declare -A PROFILED_GC=()
# JFR's default settings (the light ones), sampling Java code every millisecond instead of every 20 ms.
JAVA_HOME_DIR="$(java -XshowSettings:properties -version 2>&1 | awk '$1 == "java.home" {print $3}')"
sed 's|<setting name="period" control="method-sampling-java-interval">[^<]*</setting>|<setting name="period">1 ms</setting>|' \
  "$JAVA_HOME_DIR/lib/jfr/default.jfc" >"$OUT/sampling.jfc"
grep -q '<setting name="period">1 ms</setting>' "$OUT/sampling.jfc" || { log "cannot set JFR's sampling period"; exit 1; }
PROFILE_ARGS=()
profile() { # name, connections, url, then per process: parts, label, pid: the CPU each process spends per request
  # (from /proc, over LOAD_SECONDS of the load), then JFR in each during LOAD_SECONDS more (its sampling costs
  # CPU of its own, so the two are apart); appends CpuProfile's arguments to
  # PROFILE_ARGS and leaves the number of requests of the first load in PROFILED_REQUESTS
  local name="$1" connections="$2" url="$3"; shift 3
  local specs=("$@") ticks=() gcs=() threads=$(( connections < 2 ? 1 : 2 )) i pid
  for (( i = 0; i < ${#specs[@]}; i += 3 )); do
    ticks+=("$(cpu_ticks "${specs[i+2]}")") gcs+=("$(young_gcs "${specs[i+2]}")")
  done
  PROFILED_REQUESTS="$(wrk -t"$threads" -c"$connections" -d"${LOAD_SECONDS}s" "$url" | awk '/requests in/ {print $1}')"
  for (( i = 0; i < ${#specs[@]}; i += 3 )); do
    pid="${specs[i+2]}"
    ticks[i/3]=$(( $(cpu_ticks "$pid") - ticks[i/3] ))
    PROFILED_GC[$pid]="$(awk -v n="$PROFILED_REQUESTS" -v before="${gcs[i/3]}" -v after="$(young_gcs "$pid")" 'BEGIN {
      split(before, b, " "); split(after, a, " ")
      printf "%.1f young collections (%.1f ms of pause)", (a[1] - b[1]) / n, (a[2] - b[2]) * 1000 / n }')"
    jcmd "$pid" JFR.start name="$name" settings="$OUT/sampling.jfc" filename="$OUT/profile-$name-$pid.jfr" >/dev/null
  done
  wrk -t"$threads" -c"$connections" -d"${LOAD_SECONDS}s" "$url" >/dev/null
  for (( i = 0; i < ${#specs[@]}; i += 3 )); do
    pid="${specs[i+2]}"
    jcmd "$pid" JFR.stop name="$name" >/dev/null
    PROFILE_ARGS+=("${specs[i]}" "${specs[i+1]}" "$OUT/profile-$name-$pid.jfr"
      "$(awk -v t="${ticks[i / 3]}" -v n="$PROFILED_REQUESTS" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.4f", t * 1000 / hz / n}')")
  done
}
API_PID="$(pid_on "$API_PORT")" NOCACHE_PID="$(pid_on "$NOCACHE_PORT")" MONGO_PID="$(pid_on "$MONGO_PORT")"

log "where a cached answer and the ceiling spend the front API's CPU"
profile json-warm 64 "${URLS[json-warm]}" WARM "front API: json-warm" "$API_PID"
profile ceiling 64 "${URLS[ceiling]}" WARM "front API: ceiling" "$API_PID"
java -cp "$CP" com.topcoins.benchmarks.profile.CpuProfile "$OUT/warm-profile.md" "${PROFILE_ARGS[@]}" | tee "$OUT/warm-profile.log"

log "where a limit=5000 miss spends its CPU, in the front API and the in-memory MongoDB"
PROFILE_ARGS=()
profile json-5000-nocache 1 "${URLS[json-5000-nocache]}" MISS "front API: json-5000-nocache" "$NOCACHE_PID" \
  MONGO "in-memory MongoDB: its query" "$MONGO_PID"
MISSES="$PROFILED_REQUESTS" MISS_GC="${PROFILED_GC[$NOCACHE_PID]}"
java -cp "$CP" com.topcoins.benchmarks.profile.CpuProfile "$OUT/miss-profile.md" "${PROFILE_ARGS[@]}" | tee "$OUT/miss-profile.log"

log "the database's share of a limit=5000 miss"
java -cp "$CP" com.topcoins.benchmarks.miss.MissQueryBenchmark "$OUT" "mongodb://127.0.0.1:$MONGO_PORT/topcoins" 5000 \
  "$(( QUICK == 1 ? 10 : 50 ))" | tee "$OUT/miss-query.log"
MISS_P50="$(awk '$1 == "json-5000-nocache" {print $3}' "$OUT/api.dat")"

# ---------------------------------------------------------------- 4. freshness

log "freshness: $PUBLISHES publishes"
java -cp "$CP" com.topcoins.benchmarks.freshness.FreshnessBenchmark "$OUT" "mongodb://127.0.0.1:$MONGO_PORT/topcoins" \
  127.0.0.1 "$REDIS_PORT" "$API" "$PUBLISHES" | tee "$OUT/freshness.log"

kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true; sampler_pid=""

# ---------------------------------------------------------------- 5. memory

echo "# service max_rss_mib" >"$OUT/memory.dat"
MEMORY_TABLE="| process | max RSS MiB | samples | target ≤ 256 MiB |
|---|---|---|---|"
while read -r name max samples; do
  mib=$(( max / 1024 ))
  echo "$name $mib" >>"$OUT/memory.dat"
  verdict=met; (( mib <= 256 )) || verdict=missed
  case "$name" in mongo-in-memory|redis) verdict="n/a (infrastructure)";; esac
  MEMORY_TABLE+=$'\n'"| $name | $mib | $samples | $verdict |"
done < <(awk '{ if ($2 > max[$1]) max[$1] = $2; n[$1]++ } END { for (s in max) print s, max[s], n[s] }' "$OUT/rss.samples" | sort)

cleanup
suite_pid="" nocache_pid=""
log "suite stopped"

# ---------------------------------------------------------------- issue #16's targets, from this run

verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {print ((op == ">=" ? v >= t : v <= t) ? "met" : "missed")}'; }
once_ratio() { # launch, launch: the median once run of CoinMarketCap with the first, divided by the second's
  awk -v h="$1" '$1 == "ingest-coinmarketcap" && $2 == h {print $3}' "$OUT/startup/once.dat" | median >"$OUT/a.tmp"
  awk -v h="$2" '$1 == "ingest-coinmarketcap" && $2 == h {print $3}' "$OUT/startup/once.dat" | median >"$OUT/b.tmp"
  awk 'NR == FNR {a = $1; next} {printf "%.2f", a / $1}' "$OUT/a.tmp" "$OUT/b.tmp"; rm -f "$OUT/a.tmp" "$OUT/b.tmp"
}
WARM_RATIO="$(ratio json-warm ceiling)" GZIP_RATIO="$(ratio json-warm-gzip nginx-gzip)" ONCE_RATIO="$(once_ratio cds jar)"
SERVICES_RSS="$(awk '$1 !~ /^(mongo-in-memory|redis)$/ {print $2}' "$OUT/memory.dat" | sort -g | tail -1)"
TARGETS_TABLE="| target | this run | verdict |
|---|---|---|
| cached JSON \`limit=200\` ≥ 0.9 × the Tomcat ceiling | $WARM_RATIO (\`json-warm\` ÷ \`ceiling\`) | $(verdict "$WARM_RATIO" ">=" 0.9) |
| the same with gzip ≥ 0.5 × nginx \`gzip_static\` | $GZIP_RATIO (\`json-warm-gzip\` ÷ \`nginx-gzip\`) | $(verdict "$GZIP_RATIO" ">=" 0.5) |
| a \`once\` run ≤ 50 % of the wall time before | $ONCE_RATIO (CoinMarketCap, \`cds\` ÷ \`jar\`, the local mode before; $(once_ratio cds launcher) ÷ \`launcher\`, the images before) | $(verdict "$ONCE_RATIO" "<=" 0.5) |
| \`limit=5000\` miss ≤ 25 ms median | $MISS_P50 ms (\`json-5000-nocache\` p50) | $(verdict "$MISS_P50" "<=" 25) |
| ≤ 256 MiB RSS per service at depth 5000 | $SERVICES_RSS MiB (the largest service, Memory) | $(verdict "$SERVICES_RSS" "<=" 256) |"

# ---------------------------------------------------------------- plots and docs/benchmarks.md

gnuplot <<GNUPLOT
set terminal pngcairo size 900,500
set grid
set key left top
set output "$PLOTS/writer.png"
set title "Ingestion writer: docs/s by size (in-memory MongoDB wire server)"
set logscale x
set xlabel "documents"; set ylabel "documents per second"
plot "$OUT/writer.dat" using 1:2 with linespoints title "(a) insertOne each", \
     "" using 1:3 with linespoints title "(b) one insertMany", \
     "" using 1:4 with linespoints title "(c) chunked writer, defaults", \
     "" using 1:10 with linespoints title "(s) insertOne each on a CPU-sized pool (the seed)"
unset logscale x
set output "$PLOTS/writer-sweep.png"
set title "Chunked writer sweep: docs/s by threads x chunk size"
set style data histogram; set style fill solid 0.6; set boxwidth 0.8
set xlabel "threads x chunk"; set key off
plot "$OUT/sweep.dat" using 4:xtic(sprintf("%dx%d", \$1, \$2))
set output "$PLOTS/api.png"
set title "Front API (wrk, loopback; 64 connections, 8 for json-warm-8, 1 for limit=5000): req/s"
set xtics rotate by -20
set xlabel "scenario"; set ylabel "requests per second"
plot "$OUT/api.dat" using 2:xtic(1)
set output "$PLOTS/memory.png"
set title "Max RSS per process during the load and freshness runs"
set ylabel "MiB"; set xlabel ""
plot "$OUT/memory.dat" using 2:xtic(1)
set output "$PLOTS/freshness.png"
set title "Freshness: snapshot completedAt to first API answer naming it"
set style data linespoints
set xlabel "publish"; set ylabel "ms"
plot "$OUT/freshness.dat" using 1:2
GNUPLOT

{
  echo "# Benchmarks"
  echo
  echo "Generated by \`./benchmarks/run.sh\` at revision $REVISION on $(date -u '+%Y-%m-%d %H:%M UTC')$( [[ "$QUICK" == 1 ]] && echo ' (BENCH_QUICK smoke run: not comparable)')."
  echo "Do not edit: edit \`benchmarks/run.sh\` or \`benchmarks/notes.md\` and re-run."
  echo
  echo "## Machine"
  echo
  echo '```'
  echo "nproc: $(nproc)"
  free -g
  java -version 2>&1
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo '```'
  echo
  echo "## Ingestion writer"
  echo
  echo "In-process \`MongoWireServer\` (mongo-java-server, in memory) on a random port, the MongoDB driver with"
  echo "its record codec, \`PriceEntry\` documents with realistic values. Approach (a) is measured in full up to"
  echo "100 000 documents; at 1 000 000 it is a 100 000 sample extrapolated linearly (its rate is flat)."
  echo
  cat "$OUT/writer.md"
  echo
  echo "![writer](benchmarks/writer.png)"
  echo "![writer sweep](benchmarks/writer-sweep.png)"
  echo
  echo "## Start-up"
  echo
  echo "\`./benchmarks/startup.sh\` (also runnable alone): each service launched three ways. \`jar\`: \`java -jar\` on the Boot jar,"
  echo "the local mode before Class Data Sharing; \`launcher\`: the jar extracted with \`--launcher\` and run by Boot's"
  echo "\`JarLauncher\`, the images before; \`cds\`: the jar extracted (a thin jar beside \`lib/\`) and run on the class"
  echo "archive of a training run (\`-Dspring.context.exit=onRefresh\`, \`-XX:ArchiveClassesAtExit\`), the images and the local"
  echo "mode now. JVM flags as in the local mode; its own in-memory MongoDB, Redis and simulator; launches alternate run by run."
  echo
  cat "$OUT/startup.md"
  echo
  echo "## Front API throughput"
  echo
  echo "The suite from \`run-local.sh\` (its JVM flags: \`${FRONT_API_JVM_OPTS[*]}\`, \`MALLOC_ARENA_MAX=2\`), ingestion depth 5000, Spring profile"
  echo "\`benchmark\`; a second front API with \`--topcoins.api.cache-enabled=false\` for the cache-off rows."
  echo "wrk -t2 on the same 2 cores. Each server is first warmed up (${WARMUP_SECONDS} s of load per URL), then the cached"
  echo "scenarios and the ceiling alternate for $ROUNDS round(s) of ${LOAD_SECONDS} s; figures are medians over the rounds, and"
  echo "req/s ÷ ceiling is the median of each round's ratio. Every measured run follows ${SETTLE_SECONDS} s of unmeasured load on"
  echo "its URL, so requests still queued from the previous one do not count. The ceiling returns pre-built bytes of the size of the"
  echo "\`limit=200\` JSON answer ($JSON_BYTES bytes) from the cached server: the ceiling of our own stack. The machine's ceiling is"
  echo "nginx (Debian's \`nginx-light\`, \`worker_processes auto\`, \`sendfile\`, access log off; the benchmark writes its config) serving"
  echo "that same answer as a static file, and to \`Accept-Encoding: gzip\` the API's own gzip answer ($GZIP_BYTES bytes) through"
  echo "\`gzip_static\`; the gzip rows compare with it, and with \`ceiling-gzip\`, the ceiling of our own stack for as many bytes"
  echo "as the gzip answer has (their \`÷ Tomcat ceiling\`). The rows after the warm ones run once each;"
  echo "the limit=5000 row is one connection, so its p50 is the median latency of a cache miss."
  echo
  echo "$API_TABLE"
  echo
  echo "![api](benchmarks/api.png)"
  echo
  echo "Where the front API's CPU goes on the \`json-warm\` and \`ceiling\` loads: its CPU time (\`/proc\`) over ${LOAD_SECONDS} s more of each,"
  echo "per request, split by where JFR found it during ${LOAD_SECONDS} s after that: each execution sample is put"
  echo "in the first part of the work its stack passes through (\`CpuProfile\`, parts tried in the order of the table). The"
  echo "parts the ceiling has too are what every request of this stack pays; the rest is ours."
  echo
  cat "$OUT/warm-profile.md"
  echo
  echo "Where a \`limit=5000\` miss goes: the same MongoDB query the API sends (filter, projection, sort), timed alone"
  echo "from a client that decodes nothing (\`MissQueryBenchmark\`, after the load above):"
  echo
  cat "$OUT/miss-query.md"
  echo
  echo "Beside the ${MISS_P50} ms median miss this is an upper bound of the database's part, not a share to subtract: it"
  echo "includes moving ~700 KB over loopback into a JVM of its own. The CPU each process spends is split below."
  echo
  echo "Where each process spends its CPU on such a miss: the CPU time of the cache-off front API and of the in-memory MongoDB"
  echo "(\`/proc\`) over ${LOAD_SECONDS} s more of the same load ($MISSES misses), per miss, split by where JFR found each"
  echo "process during ${LOAD_SECONDS} s after that: each execution sample is put in the first part of the work its stack passes through"
  echo "(\`CpuProfile\`, parts tried in the order of the table). CPU only: time waiting on a socket is not sampled. Each miss also"
  echo "cost the front API $MISS_GC (\`jstat\`, over the first of the two loads; its young generation is 16 MiB, see the flags above)."
  echo
  cat "$OUT/miss-profile.md"
  echo
  echo "## Freshness"
  echo
  echo "$PUBLISHES ranking snapshots (rows of the ingested one, re-tagged) published through \`SnapshotStore\`,"
  echo "\`ChunkedBulkWriter\` and \`SnapshotNotifier\`; time from \`completedAt\` to the first \`GET /?limit=200\` whose"
  echo "\`X-Ranking-Snapshot\` names it (one client polling back to back). Target ≤ 1000 ms at p99."
  echo
  cat "$OUT/freshness.md"
  echo
  echo "![freshness](benchmarks/freshness.png)"
  echo
  echo "## Memory"
  echo
  echo "Largest RSS (\`ps -o rss\`, every second) of each process during the load and freshness runs."
  echo
  echo "$MEMORY_TABLE"
  echo
  echo "![memory](benchmarks/memory.png)"
  echo
  echo "## Issue #16's targets"
  echo
  echo "Computed from the figures above by \`run.sh\`; what limits the missed ones is in the notes below."
  echo
  echo "$TARGETS_TABLE"
  echo
  cat "$ROOT/benchmarks/notes.md"
} >"$ROOT/docs/benchmarks.md"
log "wrote docs/benchmarks.md and $PLOTS/*.png"
