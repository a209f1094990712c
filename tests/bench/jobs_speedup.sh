#!/usr/bin/env bash
# Wall-clock speed-up of `ect dump --jobs 2` over `--jobs 1`, process start
# included, and a check that both print the same bytes.
#   tests/bench/jobs_speedup.sh build-rel/bin/ect [runs] -- PATH...
# Runs them in turn `runs` times (default 15), so that a slow spell of the
# machine hits all alike, and prints the fastest and the median run of each
# and their ratios.
#
# Also measured in the same rounds: what the machine gives a second busy
# processor, as two `--jobs 1` copies of the same run started together. On
# bare metal they finish in about the time of one (2.00x the work per unit
# of time); virtual machines often give the second processor much less, and
# no split of the work among threads can beat that. And, where taskset is
# there, the --jobs 1 run on each processor alone: processors of one virtual
# machine need not be equally fast, and --jobs 2 can at best add the slower
# one's rate to the faster one's. Last, how long starting and ending a
# process takes, one alone and two at once: that part of every run is the
# same for --jobs 1 and --jobs 2, and some virtual machines do it for one
# process at a time.
set -euo pipefail
ect=${1:?usage: jobs_speedup.sh ECT [RUNS] -- PATH...}
shift
runs=15
if [[ ${1:-} != -- ]]; then runs=$1; shift; fi
[[ ${1:-} == -- ]] && shift
(($# > 0)) || { echo "no input paths" >&2; exit 2; }

cmp -s <("$ect" dump --format jsonl --jobs 1 "$@") <("$ect" dump --format jsonl --jobs 2 "$@") ||
    { echo "--jobs 1 and --jobs 2 print different output" >&2; exit 1; }

# bash's own clock: `date` would add the start and exit of a process to
# every run timed (milliseconds on machines where those are slow).
now_us() { echo "${EPOCHREALTIME/./}"; }
wall_us() { # jobs → wall time in microseconds
    local t0
    t0=$(now_us)
    "$ect" dump --format jsonl --jobs "$1" "${@:2}" >/dev/null
    echo $(($(now_us) - t0))
}
pair_us() { # two copies of the --jobs 1 run at once
    local t0
    t0=$(now_us)
    "$ect" dump --format jsonl --jobs 1 "$@" >/dev/null &
    "$ect" dump --format jsonl --jobs 1 "$@" >/dev/null
    wait
    echo $(($(now_us) - t0))
}
start_us() { # copies → wall time of that many /bin/true started at once
    local t0 k
    t0=$(now_us)
    for ((k = 1; k < $1; ++k)); do /bin/true & done
    /bin/true
    wait
    echo $(($(now_us) - t0))
}
pinned_us() { # processor → wall time of the --jobs 1 run on it alone
    local t0
    t0=$(now_us)
    taskset -c "$1" "$ect" dump --format jsonl --jobs 1 "${@:2}" >/dev/null
    echo $(($(now_us) - t0))
}
pin=false
command -v taskset >/dev/null && taskset -c 1 true 2>/dev/null && pin=true
one=() two=() both=() cpu0=() cpu1=() start1=() start2=()
for ((r = 0; r < runs; ++r)); do
    one+=("$(wall_us 1 "$@")")
    two+=("$(wall_us 2 "$@")")
    both+=("$(pair_us "$@")")
    start1+=("$(start_us 1)")
    start2+=("$(start_us 2)")
    if $pin; then
        cpu0+=("$(pinned_us 0 "$@")")
        cpu1+=("$(pinned_us 1 "$@")")
    fi
done
sorted() { printf '%s\n' "$@" | sort -n; }
mapfile -t one < <(sorted "${one[@]}")
mapfile -t two < <(sorted "${two[@]}")
mapfile -t both < <(sorted "${both[@]}")
mapfile -t start1 < <(sorted "${start1[@]}")
mapfile -t start2 < <(sorted "${start2[@]}")
mid=$(((runs - 1) / 2))
if $pin; then
    mapfile -t cpu0 < <(sorted "${cpu0[@]}")
    mapfile -t cpu1 < <(sorted "${cpu1[@]}")
    awk -v a="${cpu0[$mid]}" -v b="${cpu1[$mid]}" 'BEGIN {
        printf "jobs 1 on processor 0 alone: median %.1f ms; on processor 1 alone: median %.1f ms\n", a / 1000, b / 1000
        fast = a < b ? a : b
        printf "best a second processor can add at these rates: %.2fx the faster one alone\n", fast * (1 / a + 1 / b)
    }'
fi
awk -v a0="${one[0]}" -v b0="${two[0]}" -v c0="${both[0]}" -v s1="${start1[$mid]}" -v s2="${start2[$mid]}" \
    -v am="${one[$mid]}" -v bm="${two[$mid]}" -v cm="${both[$mid]}" 'BEGIN {
    printf "jobs 1: fastest %.1f ms, median %.1f ms\n", a0 / 1000, am / 1000
    printf "jobs 2: fastest %.1f ms, median %.1f ms\n", b0 / 1000, bm / 1000
    printf "two copies of jobs 1 at once: fastest %.1f ms, median %.1f ms\n", c0 / 1000, cm / 1000
    printf "speed-up of jobs 2: %.2fx fastest, %.2fx median\n", a0 / b0, am / bm
    printf "machine, work per unit of time with both processors busy: %.2fx fastest, %.2fx median (2.00x ideal)\n", 2 * a0 / c0, 2 * am / cm
    printf "starting and ending a process (/bin/true): one %.1f ms, two at once %.1f ms (medians; 1.00x the one is ideal)\n", s1 / 1000, s2 / 1000
}'
