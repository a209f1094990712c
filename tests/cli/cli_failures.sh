#!/usr/bin/env bash
# Failure modes of the ect command line, run by ctest:
#   cli_failures.sh <ect binary> <fixtures folder>
# Prints one line per check and "N passed, N failed" at the end.
set -u
ect="$1"
fixtures="$2"
work="$(mktemp -d)"
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
failed=0
ok() { echo "ok   - $1"; passed=$((passed + 1)); }
bad() { echo "FAIL - $1"; failed=$((failed + 1)); }

one_fixture="$(find "$fixtures" -type f ! -name '.*' | sort | head -n 1)"
files_in_fixtures="$(find "$fixtures" -type f ! -path '*/.*' | wc -l)"

# A missing file: exit 1, the reason on stderr, nothing on stdout.
"$ect" dump "$work/missing.txt" >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q "missing.txt" "$work/err" && [ ! -s "$work/out" ]; then ok "missing file"
else bad "missing file (exit $status, stderr: $(head -c 200 "$work/err"))"; fi

# A directory is read recursively: one JSONL line per file.
"$ect" dump --format jsonl "$fixtures" >"$work/out" 2>"$work/err"
status=$?
lines="$(wc -l <"$work/out")"
if [ "$status" -eq 0 ] && [ "$lines" -eq "$files_in_fixtures" ] && [ ! -s "$work/err" ]; then ok "directory recursion ($lines files)"
else bad "directory recursion (exit $status, $lines lines for $files_in_fixtures files)"; fi

# Permission denied. root reads any file whatever its mode, so the check
# cannot be made there.
cp "$one_fixture" "$work/locked.txt"
chmod 000 "$work/locked.txt"
if [ "$(id -u)" -eq 0 ] || cat "$work/locked.txt" >/dev/null 2>&1; then
  echo "skip - permission denied: running as root, chmod 000 does not deny root"
else
  "$ect" dump "$work/locked.txt" >"$work/out" 2>"$work/err"
  status=$?
  if [ "$status" -eq 1 ] && grep -qi "permission denied" "$work/err"; then ok "permission denied"
  else bad "permission denied (exit $status, stderr: $(head -c 200 "$work/err"))"; fi
fi
chmod 644 "$work/locked.txt"

# A closed pipe on stdout ends the program quietly.
for _ in $(seq 400); do cat "$one_fixture"; done >"$work/big.txt"
set -o pipefail
"$ect" dump --format text "$work/big.txt" 2>"$work/err" | head -c 10 >/dev/null
status=$?
set +o pipefail
if { [ "$status" -eq 0 ] || [ "$status" -eq 141 ]; } && [ ! -s "$work/err" ]; then ok "broken pipe (exit $status)"
else bad "broken pipe (exit $status, stderr: $(head -c 200 "$work/err"))"; fi

# One failing file among many: the others are processed, exit 1, the reason on stderr.
"$ect" dump --format jsonl "$one_fixture" "$work/missing.txt" "$work/big.txt" >"$work/out" 2>"$work/err"
status=$?
lines="$(wc -l <"$work/out")"
if [ "$status" -eq 1 ] && [ "$lines" -eq 2 ] && grep -q "missing.txt" "$work/err"; then ok "one failing file among many"
else bad "one failing file among many (exit $status, $lines lines, stderr: $(head -c 200 "$work/err"))"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
