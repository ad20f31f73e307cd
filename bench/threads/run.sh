#!/usr/bin/env bash
# Measures 1-thread vs 2-thread throughput of bench/threads/scaling.py (median of REPS runs each,
# interleaved). Usage: bench/threads/run.sh [OPHIS] [ITERATIONS] [REPS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ophis="${1:-$here/../../target/release/ophis}"
n="${2:-3000000}"
reps="${3:-5}"
t1=(); t2=()
for _ in $(seq "$reps"); do
  s=$(date +%s.%N); "$ophis" "$here/scaling.py" 1 "$n" >/dev/null; e=$(date +%s.%N); t1+=("$(echo "$e - $s" | bc)")
  s=$(date +%s.%N); "$ophis" "$here/scaling.py" 2 "$n" >/dev/null; e=$(date +%s.%N); t2+=("$(echo "$e - $s" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m1=$(median "${t1[@]}"); m2=$(median "${t2[@]}")
echo "1 thread:  median ${m1}s  (runs: ${t1[*]})"
echo "2 threads: median ${m2}s  (runs: ${t2[*]})"
echo "throughput ratio (2 threads / 1 thread): $(echo "scale=2; 2 * $m1 / $m2" | bc)"
