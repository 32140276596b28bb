#!/usr/bin/env bash
# `make run`: demo/demo.py with an empty object cache (cold), again (warm: bytecode and tier-1
# classes come from the cache), and with a fresh cache filled by `pyjit aot --train demo/demo.py`;
# the wall time of each, what -s says was compiled, and `pyjit cache stats` at the end.
set -euo pipefail
seconds() { local ms=$(( ($2 - $1) / 1000000 )); printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10)); }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pyjit="$here/bin/pyjit"
demo="$here/demo/demo.py"
work="$(mktemp -d "${TMPDIR:-/tmp}/pyjit-demo.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# run LABEL CACHE_DIR: runs the demo with -s, prints its time and what it compiled.
run() {
  local label=$1 cache=$2 start end
  start=$(date +%s%N)
  PYJIT_CACHE_DIR="$cache" "$pyjit" -s "$demo" >"$work/out" 2>"$work/stats"
  end=$(date +%s%N)
  if [ ! -f "$work/first" ]; then cat "$work/out"; cp "$work/out" "$work/first"; echo; fi
  local same="same output"; cmp -s "$work/out" "$work/first" || same="OUTPUT DIFFERS"
  stat() { sed -n "s/^  $1 *\([0-9]*\).*/\1/p" "$work/stats" | head -1; }
  printf '%-34s %6s s   modules compiled %s, from cache %s; tier-1 compiles %s, from cache %s; %s\n' "$label" \
    "$(seconds "$start" "$end")" "$(stat 'modules compiled')" "$(stat 'modules from cache')" \
    "$(stat 'baseline compiles')" "$(stat 'baseline classes cached')" "$same"
}

run "cold (empty PYJIT_CACHE_DIR)" "$work/cache"
run "warm (second run)" "$work/cache"
start=$(date +%s%N)
PYJIT_CACHE_DIR="$work/aot-cache" "$pyjit" aot -q --train "$demo" >"$work/aot-out"
end=$(date +%s%N)
printf '%-34s %6s s   (fresh cache: %s)\n' "pyjit aot --train demo/demo.py" "$(seconds "$start" "$end")" \
  "$(sed -n 's/^  added to cache *//p' "$work/aot-out")"
run "after pyjit aot" "$work/aot-cache"
echo
PYJIT_CACHE_DIR="$work/aot-cache" "$pyjit" cache stats
