# syntax=docker/dockerfile:1
# One image recipe for every runnable module. Pick the module with --build-arg:
#   docker build --build-arg MODULE=ingest-cryptocompare --build-arg PORT=8081 -t topcoins/ingest-cryptocompare .
#   docker compose build front-api     (the build args of each image are in docker-compose.yml)
# MODULE:      front-api | ingest-coinmarketcap | ingest-cryptocompare | upstream-simulator
# PORT:        the module's HTTP port (5001 | 8082 | 8081 | 8090)
# HEALTH_PORT: the port its Actuator health answers on, if not PORT (the front API's management port, 9001)
# JVM_MEMORY:  heap flags, if not 37.5 % of the container's memory (the front API's: see docker-compose.yml)

ARG JAVA_VERSION=17

# ---- build: the Maven wrapper builds the module and the modules it needs (-am), nothing else ----
FROM eclipse-temurin:${JAVA_VERSION}-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
# The BuildKit cache mount keeps ~/.m2 between builds, so dependencies are downloaded once per machine
# rather than once per image (and never end up in a layer). The Boot (repackaged) jar is the one with
# BOOT-INF/ inside; the simulator's carries the classifier "exec", the services' have none.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULE}" && test -d "${MODULE}" \
 && ./mvnw -B -q -DskipTests -pl "${MODULE}" -am package \
 && for jar in "${MODULE}"/target/*.jar; do \
      if jar tf "$jar" | grep -q '^BOOT-INF/'; then cp "$jar" /src/app.jar; fi; \
    done \
 && test -f /src/app.jar

# ---- extract: split the Boot jar into layers (Boot 4 tools jarmode), least to most often changed ----
# Without --launcher: a thin app.jar beside lib/, run with java -jar, the layout Class Data Sharing needs.
FROM eclipse-temurin:${JAVA_VERSION}-jdk AS extract
WORKDIR /extract
COPY --from=build /src/app.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --destination layers

# ---- runtime: JRE only, non-root ----
FROM eclipse-temurin:${JAVA_VERSION}-jre
ARG MODULE
ARG PORT
ARG HEALTH_PORT=${PORT}
ARG JVM_MEMORY="-XX:MaxRAMPercentage=37.5"
LABEL org.opencontainers.image.title="top-coins ${MODULE}"
RUN groupadd --system --gid 10001 topcoins \
 && useradd --system --uid 10001 --gid topcoins --home-dir /app --shell /usr/sbin/nologin topcoins
WORKDIR /app
# One COPY per layer, dependencies first: a code change rebuilds only the small last layers.
COPY --from=extract /extract/layers/dependencies/ ./
COPY --from=extract /extract/layers/spring-boot-loader/ ./
COPY --from=extract /extract/layers/snapshot-dependencies/ ./
COPY --from=extract /extract/layers/application/ ./
COPY --chmod=0755 docker/healthcheck.sh /usr/local/bin/healthcheck

# Sized for a container limited to 256 MiB, by measurement under load (docs/benchmarks.md; local mode
# runs the same flags):
# - MaxRAMPercentage=37.5: a 96 MiB heap of 256 (the front API's live set is ~35 MiB); the rest is for
#   metaspace (~70 MiB for a Spring Boot app), code cache, thread stacks and direct buffers. With 60 %
#   (150 MiB) and the full JIT the front API reached ~340 MiB RSS: an OOM kill in this container.
# - TieredStopAtLevel=1: C1 only. C2 added ~50 MiB (compiler arenas, code cache) and is not needed
#   for the throughput targets on 1-2 CPUs.
# - UseSerialGC: one small heap and 1-2 CPUs gain nothing from G1's concurrent threads, and G1's
#   remembered sets cost native memory we do not have.
# - Xss512k: the default 1 MiB per thread adds up with Tomcat's and the bulk writer's threads.
# - MALLOC_ARENA_MAX=2: glibc's default (8 arenas per core) keeps freed native memory resident.
# - ExitOnOutOfMemoryError: a JVM out of memory is broken; exit so the restart policy gives a fresh one.
# - JVM_MEMORY: the front API passes its own (docker-compose.yml): hostile clients make it touch its whole
#   heap and grow its native memory, so its heap must leave more room (docs/reliability.md).
# JAVA_TOOL_OPTIONS (not an entrypoint script) keeps args after the image name going straight to Spring,
# e.g. `docker compose run --rm ingest-coinmarketcap --topcoins.ingest.mode=once`.
ENV JAVA_TOOL_OPTIONS="${JVM_MEMORY} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2 \
    HEALTH_PORT=${HEALTH_PORT} \
    HEALTH_PATH=/actuator/health/readiness
# Class Data Sharing: a training run starts the application context and exits once it is refreshed (Spring's
# spring.context.exit=onRefresh), with the flags above and nothing to connect to, and the JVM archives the classes
# it loaded. Every start then maps them instead of loading, verifying and linking them again: start-up and a
# `once` run take far less time (docs/benchmarks.md, "Start-up"; local mode does the same). The archive is
# bound to these jars and this JRE; should it not match, the JVM says so and starts without it.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar app.jar >/dev/null 2>&1 \
 && test -s app.jsa
USER 10001:10001
EXPOSE ${PORT} ${HEALTH_PORT}
# The JRE image has neither curl nor a guaranteed wget; healthcheck.sh speaks HTTP through bash's
# /dev/tcp, so no package is added to the image and no second JVM is started every few seconds.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD ["healthcheck"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-jar", "app.jar"]
