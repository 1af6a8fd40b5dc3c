# The local mode's flags and command lines, sourced by run-local.sh, chaos/stores.sh and benchmarks/run.sh so
# that everything they start runs alike. Defines variables and functions only; starts nothing. Needs ROOT.

# Every service runs with the flags the Docker images give it, measured to stay under 256 MiB RSS under
# load (docs/benchmarks.md): a 96 MiB heap (MaxRAMPercentage=37.5 of a 256 MiB limit), SerialGC, C1 only
# (TieredStopAtLevel=1: with C2 the front API reached ~290 MiB; C1 meets the throughput targets),
# 512 KiB stacks and two malloc arenas (glibc's default of 8 per core holds freed native memory). A JVM out
# of memory is broken (its threads may have died, it answers nothing): it exits instead, as in the images.
JVM_OPTS=(-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError)
# The front API, as its image (Dockerfile JVM_MEMORY): its hostile-client mix (thousands of connections, cache
# misses, every error path) touches the whole heap and grows native memory, so its heap must leave more room
# under 256 MiB than the flags above do. An 80 MiB heap whose young generation is 16 MiB keeps the 64 MiB old
# generation its live set needs, and glibc is asked every 5 s to return freed native memory (docs/reliability.md).
FRONT_API_JVM_OPTS=(-Xmx80m -Xmn16m -XX:TrimNativeHeapInterval=5000 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k
  -XX:+ExitOnOutOfMemoryError)
# The in-memory MongoDB gets 512 MiB, its heap *is* the database (ingestion keeps 1 h of snapshots here,
# not 24 h), and the full JIT: it stands in for mongod, and C1 doubled the time of a 5000-row query.
MONGO_JVM_OPTS=(-Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError)
export MALLOC_ARENA_MAX=2
# The cache's memory bound, as in compose: least recently used answers are evicted past it.
REDIS_MAXMEMORY="${REDIS_MAXMEMORY:-64mb}"

local_jar() { # module, pattern: the module's executable jar, or status 1
  local jar
  for jar in "$ROOT/$1"/target/$2; do
    [[ -f "$jar" ]] && { echo "$jar"; return 0; }
  done
  return 1
}

# Class Data Sharing, as in the images (Dockerfile): the Boot jar extracted into $CDS_DIR/<module>/ (.local/cds/
# unless set; a thin jar beside lib/, the layout CDS needs) and an archive of the classes a training run loaded. The
# training run starts the context and exits once it is refreshed (Spring's -Dspring.context.exit=onRefresh), with
# the same JVM flags and, like an image build, every store out of reach (port 1), so it writes nothing anywhere.
# What it saves is in docs/benchmarks.md ("Start-up", ./benchmarks/startup.sh).
CDS_DIR="${CDS_DIR:-$ROOT/.local/cds}"
cds_launch() { # module, jar, JVM flags...: the command that runs the jar on its archive, in the array LAUNCH;
  # extracts and trains again only when the jar is newer than the archive. The archive names the jars' paths, so it
  # is made in place, under a lock per module: a service started twice at once is trained once.
  local module="$1" jar="$2"; shift 2
  local dir="$CDS_DIR/$module"
  local app="$dir/$(basename "$jar")"
  mkdir -p "$CDS_DIR"
  (
    flock 9
    [[ -f "$dir/app.jsa" && ! "$jar" -nt "$dir/app.jsa" ]] && exit 0
    echo "[cds] $module: extracting its jar and training its class archive (once per build of its jar)" >&2
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    # Mode scheduled: it loads what mode once does and the web server besides.
    (cd "$dir" && env INGEST_MODE=scheduled MONGODB_URI=mongodb://127.0.0.1:1/training REDIS_HOST=127.0.0.1 REDIS_PORT=1 \
      java "$@" -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar "$app" >"$dir/training.log" 2>&1) &&
      [[ -f "$dir/app.jsa" ]] && exit 0
    echo "CDS training run of $module failed, see $dir/training.log" >&2
    rm -f "$dir/app.jsa"
    exit 1
  ) 9>"$CDS_DIR/$module.lock" || return 1
  LAUNCH=(java "$@" -XX:SharedArchiveFile="$dir/app.jsa" -jar "$app")
}

# The command of a data store on a port, in the array STORE_COMMAND: the in-memory MongoDB wire server, and
# Debian's redis-server when installed, else the one embedded in local-infra.
store_command() { # mongo|redis, port
  local infra
  infra="$(local_jar local-infra 'local-infra-*-exec.jar')" || return 1
  case "$1" in
    mongo) STORE_COMMAND=(java "${MONGO_JVM_OPTS[@]}" -jar "$infra" mongo --port="$2") ;;
    redis)
      if command -v redis-server >/dev/null 2>&1; then
        STORE_COMMAND=(redis-server --bind 127.0.0.1 --port "$2" --save "" --appendonly no
          --maxmemory "$REDIS_MAXMEMORY" --maxmemory-policy allkeys-lru)
      else
        STORE_COMMAND=(java "${JVM_OPTS[@]}" -jar "$infra" redis --port="$2" --maxmemory="$REDIS_MAXMEMORY")
      fi ;;
    *) return 1 ;;
  esac
}

# What the ingestion services read from the environment (see ingestion-defaults.yml and each application.yml),
# and the arguments both get, in the array INGEST_ARGS. The in-memory MongoDB holds every retained snapshot in
# its heap (MONGO_JVM_OPTS): an hour of them at depth 500, and at most 60 000 documents per source at any depth
# (12 snapshots at 5000).
ingestion_environment() { # mongo port, redis port, simulator port, mode, interval
  export MONGODB_URI="mongodb://127.0.0.1:$1/topcoins"
  export REDIS_HOST=127.0.0.1 REDIS_PORT="$2" REDIS_PASSWORD=""
  export INGEST_MODE="$4" INGEST_DEPTH="${INGEST_DEPTH:-500}"
  export CC_BASE_URL="http://127.0.0.1:$3" CC_API_KEY=simulator-cc-key CC_INTERVAL="$5"
  export CMC_BASE_URL="http://127.0.0.1:$3" CMC_API_KEY=simulator-cmc-key CMC_INTERVAL="$5"
  # The simulator meters no plan, and the local mode runs far more often than the free plan allows.
  export CMC_MONTHLY_CREDITS="${CMC_MONTHLY_CREDITS:-1000000000}"
  INGEST_ARGS=(--server.address=127.0.0.1 --topcoins.ingest.retention=1h --topcoins.ingest.stale-after=10m
    --topcoins.ingest.retained-snapshots=$(( 60000 / INGEST_DEPTH )))
}

# Builds what the local mode runs; run-local.sh then finds its jars up to date and does not build again.
build_local_mode() {
  # The benchmarks' classpath is target/lib/*: a jar left there by a module since removed would shadow the current ones.
  rm -rf "$ROOT/benchmarks/target/lib"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  mkdir -p "$ROOT/.local" && touch "$ROOT/.local/build.stamp"
}

# Stops the run-local.sh started in the background whose pid is in LOCAL_MODE_PID (it stops its services and
# waits for them); nothing when none runs.
stop_local_mode() {
  if [[ -n "${LOCAL_MODE_PID:-}" ]]; then
    kill -TERM "$LOCAL_MODE_PID" 2>/dev/null || true
    wait "$LOCAL_MODE_PID" 2>/dev/null || true
    LOCAL_MODE_PID=""
  fi
}
