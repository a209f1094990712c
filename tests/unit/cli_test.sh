#!/usr/bin/env bash
# Behaviour of the `ect` tool that unit tests cannot see: exit codes, input
# order under --jobs, stdin, directories, a reader closing the pipe.
#   tests/unit/cli_test.sh build/bin/ect
set -u
ect=${1:?usage: cli_test.sh PATH/TO/ect}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
check() { # check NAME COMMAND...: the command must succeed
    local name=$1
    shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

mkdir -p "$tmp/in/sub" "$tmp/in/.hidden"
for i in 1 2 3 4 5 6 7 8 9; do
    printf 'Operator: Welcome %s.\nJane Doe: Thanks, "all". Can you talk about margins?\n' "$i" > "$tmp/in/f$i.txt"
done
printf 'Operator: Next.\n' > "$tmp/in/sub/g.txt"
printf 'Hidden: no.\n' > "$tmp/in/.hidden/h.txt"
printf 'Hidden: no.\n' > "$tmp/in/.h.txt"

"$ect" --version | grep -q '^ect [0-9]' ; check "--version prints the version" test "${PIPESTATUS[0]}" -eq 0
"$ect" >/dev/null 2>&1; check "no subcommand is a usage error (2)" test $? -eq 2
"$ect" dump --format xml "$tmp/in" >/dev/null 2>&1; check "a bad format is a usage error (2)" test $? -eq 2
"$ect" dump --help | grep -q -- '--format'; check "dump --help lists --format" test "${PIPESTATUS[0]}" -eq 0

for f in json jsonl csv text markdown; do
    "$ect" dump -f "$f" -j1 "$tmp/in" > "$tmp/one.$f"
    "$ect" dump -f "$f" -j4 "$tmp/in" > "$tmp/four.$f"
    check "$f output is the same with -j1 and -j4" cmp -s "$tmp/one.$f" "$tmp/four.$f"
done
check "hidden files and directories are skipped" test "$(wc -l < "$tmp/one.jsonl")" -eq 10
check "directory files come sorted by path" \
    test "$(grep -o '"name":"[^"]*"' "$tmp/one.jsonl" | head -1)" = "\"name\":\"$tmp/in/f1.txt\""
check "csv has one header" test "$(grep -c '^file,index,' "$tmp/one.csv")" -eq 1

"$ect" dump -f jsonl "$tmp/in/f1.txt" "$tmp/missing.txt" "$tmp/in/f2.txt" > "$tmp/out" 2> "$tmp/err"
check "a missing file exits 1" test $? -eq 1
check "a missing file is reported as ect: PATH: reason" grep -q "^ect: $tmp/missing.txt: " "$tmp/err"
check "the other files are still printed" test "$(wc -l < "$tmp/out")" -eq 2

printf 'Operator: From stdin.\n' | "$ect" dump -f jsonl - > "$tmp/out"
check "- reads stdin and is named -" grep -q '"source":{"name":"-"' "$tmp/out"

for i in $(seq 1 200); do cp "$tmp/in/f1.txt" "$tmp/in/sub/m$i.txt"; done
"$ect" dump -j2 "$tmp/in" 2> "$tmp/err" | head -1 > /dev/null
check "a closed pipe stops quietly with 0" test "${PIPESTATUS[0]}" -eq 0
check "a closed pipe prints nothing on stderr" test ! -s "$tmp/err"

"$ect" stats "$tmp/in/f1.txt" > "$tmp/out"
check "stats prints a header and a line" test "$(wc -l < "$tmp/out")" -eq 2
check "stats lines have 8 tab-separated columns" test "$(awk -F'\t' '{print NF}' "$tmp/out" | sort -u)" = 8

echo "$failures failure(s)"
test "$failures" -eq 0
