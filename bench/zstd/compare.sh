#!/bin/sh
# Runs bench.py under ophis and under the reference CPython 3.14 (same data, same levels).
#   OPHIS=path/to/ophis REF=path/to/cpython3.14 sh bench/zstd/compare.sh
set -eu
here=$(dirname "$0")
OPHIS=${OPHIS:-target/release/ophis}
REF=${REF:-/work/shared/tools/cpython314}
echo "== ophis"; "$OPHIS" "$here/bench.py"
echo "== CPython 3.14"; "$REF" "$here/bench.py"
