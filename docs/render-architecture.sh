#!/usr/bin/env bash
# Regenerates Architecture.png (repository root) from docs/architecture.dot with Graphviz.
# Needs `dot`: apt-get install graphviz
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dot >/dev/null 2>&1 || { echo "Graphviz 'dot' not found: apt-get install graphviz" >&2; exit 1; }
dot -Tpng -Gdpi=110 docs/architecture.dot -o Architecture.png
echo "wrote Architecture.png"
