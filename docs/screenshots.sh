#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png): runs only front-api's browser test,
# which saves them where -Dtopcoins.screenshots says. Needs Debian's chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "/usr/bin/chromium is missing: apt-get install chromium" >&2
  exit 1
fi
mkdir -p docs/screenshots
./mvnw -B -q -pl front-api -am test -Dtest=PageInBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtopcoins.screenshots="$PWD/docs/screenshots"
ls -l docs/screenshots
