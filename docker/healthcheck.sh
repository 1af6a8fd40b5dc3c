#!/usr/bin/env bash
# Container healthcheck without curl or wget: GET the Actuator health group over bash's /dev/tcp and
# succeed only on an HTTP 200 (Actuator answers 503 when a group is DOWN or OUT_OF_SERVICE).
# Port and path come from HEALTH_PORT / HEALTH_PATH (set in the Dockerfile) or from the arguments.
set -u
port="${1:-${HEALTH_PORT:?HEALTH_PORT is not set}}"
path="${2:-${HEALTH_PATH:-/actuator/health/readiness}}"

exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 3 status_line <&3 || exit 1
exec 3<&-
case "$status_line" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) echo "unhealthy: ${status_line}" >&2; exit 1 ;;
esac
