#!/usr/bin/env bash
# Regenerates the architecture pictures with Graphviz (needs only `dot`: apt-get install graphviz):
#   docs/architecture.dot            -> Architecture.png (repository root), the docker compose view
#   docs/architecture-kubernetes.dot -> docs/architecture-kubernetes.png, the Kubernetes view
# Both share one style block (Graphviz has no includes); this script refuses to render when the two
# copies differ, so they cannot drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dot >/dev/null 2>&1 || { echo "Graphviz 'dot' not found: apt-get install graphviz" >&2; exit 1; }

style() { sed -n '/--- shared style/,/--- end of shared style ---/p' "$1"; }
if [[ -z "$(style docs/architecture.dot)" ]] \
    || [[ "$(style docs/architecture.dot)" != "$(style docs/architecture-kubernetes.dot)" ]]; then
  echo "the shared style blocks of docs/architecture.dot and docs/architecture-kubernetes.dot differ" >&2
  exit 1
fi

dot -Tpng docs/architecture.dot -o Architecture.png
echo "wrote Architecture.png"
dot -Tpng docs/architecture-kubernetes.dot -o docs/architecture-kubernetes.png
echo "wrote docs/architecture-kubernetes.png"
