#!/usr/bin/env bash
# Counts the duplicated blocks (6+ lines) in the server's production code, for
# issue 24: `duplicates --most` lists at most 200 rows, so the production files
# (not *.test.ts) are copied to a scratch folder and measured on their own.
# Usage: scripts/duplicates-count.sh [--rows]   (needs the `duplicates` tool)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root/server/src"
{ git ls-files; git ls-files --others --exclude-standard; } | grep -v '\.test\.ts$' | while read -r f; do
  [ -f "$f" ] || continue
  mkdir -p "$tmp/$(dirname "$f")" && cp "$f" "$tmp/$f"
done
out="$(cd "$tmp" && duplicates --repo . --most 200 --seconds 120)"
head="$(printf '%s\n' "$out" | head -1)"
echo "$head"
# "N pairs ... (S by shape alone, B of those marked boilerplate)"
read -r pairs shape boiler < <(printf '%s\n' "$head" | sed -E 's/^([0-9]+) pairs.*\(([0-9]+) by shape alone, ([0-9]+) of those.*/\1 \2 \3/')
echo "production pairs: $pairs; identical: $((pairs - shape)); same shape: $shape (boilerplate: $boiler, other: $((shape - boiler)))"
if [ "${1:-}" = "--rows" ]; then printf '%s\n' "$out" | tail -n +2; fi
