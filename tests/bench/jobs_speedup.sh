#!/usr/bin/env bash
# Wall-clock speed-up of `ect dump --jobs 2` over `--jobs 1`, process start
# included, and a check that both print the same bytes.
#   tests/bench/jobs_speedup.sh build-rel/bin/ect [runs] -- PATH...
# Prints the best of `runs` (default 9) wall times for each and their ratio.
set -euo pipefail
ect=${1:?usage: jobs_speedup.sh ECT [RUNS] -- PATH...}
shift
runs=9
if [[ ${1:-} != -- ]]; then runs=$1; shift; fi
[[ ${1:-} == -- ]] && shift
(($# > 0)) || { echo "no input paths" >&2; exit 2; }

best_ms() { # jobs → best wall time in ms over $runs runs
    local best=
    for ((r = 0; r < runs; ++r)); do
        local t0 t1
        t0=$(date +%s%N)
        "$ect" dump --format jsonl --jobs "$1" "${@:2}" >/dev/null
        t1=$(date +%s%N)
        local ms=$(((t1 - t0) / 1000))
        [[ -z $best || $ms -lt $best ]] && best=$ms
    done
    echo "$best"
}

cmp -s <("$ect" dump --format jsonl --jobs 1 "$@") <("$ect" dump --format jsonl --jobs 2 "$@") ||
    { echo "--jobs 1 and --jobs 2 print different output" >&2; exit 1; }
one=$(best_ms 1 "$@")
two=$(best_ms 2 "$@")
awk -v a="$one" -v b="$two" 'BEGIN { printf "jobs 1: %.1f ms  jobs 2: %.1f ms  speed-up %.2fx\n", a / 1000, b / 1000, a / b }'
