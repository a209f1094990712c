#!/usr/bin/env bash
# Wall-clock speed-up of `ect dump --jobs 2` over `--jobs 1`, process start
# included, and a check that both print the same bytes.
#   tests/bench/jobs_speedup.sh build-rel/bin/ect [runs] -- PATH...
# Runs the two in turn `runs` times (default 15), so that a slow spell of the
# machine hits both alike, and prints the fastest and the median run of each
# and their ratios.
set -euo pipefail
ect=${1:?usage: jobs_speedup.sh ECT [RUNS] -- PATH...}
shift
runs=15
if [[ ${1:-} != -- ]]; then runs=$1; shift; fi
[[ ${1:-} == -- ]] && shift
(($# > 0)) || { echo "no input paths" >&2; exit 2; }

cmp -s <("$ect" dump --format jsonl --jobs 1 "$@") <("$ect" dump --format jsonl --jobs 2 "$@") ||
    { echo "--jobs 1 and --jobs 2 print different output" >&2; exit 1; }

one=() two=()
wall_us() { # jobs → wall time in microseconds
    local t0 t1
    t0=$(date +%s%N)
    "$ect" dump --format jsonl --jobs "$1" "${@:2}" >/dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000))
}
for ((r = 0; r < runs; ++r)); do
    one+=("$(wall_us 1 "$@")")
    two+=("$(wall_us 2 "$@")")
done
mapfile -t one < <(printf '%s\n' "${one[@]}" | sort -n)
mapfile -t two < <(printf '%s\n' "${two[@]}" | sort -n)
mid=$(((runs - 1) / 2))
awk -v a0="${one[0]}" -v b0="${two[0]}" -v am="${one[$mid]}" -v bm="${two[$mid]}" 'BEGIN {
    printf "jobs 1: fastest %.1f ms, median %.1f ms\n", a0 / 1000, am / 1000
    printf "jobs 2: fastest %.1f ms, median %.1f ms\n", b0 / 1000, bm / 1000
    printf "speed-up: %.2fx fastest, %.2fx median\n", a0 / b0, am / bm
}'
