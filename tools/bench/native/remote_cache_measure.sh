#!/usr/bin/env bash
# Issue 9's measurement: the 90-hot-function start-up program started cold (empty local cache, no remote),
# with a warm local cache, and with an empty local cache and a warm Redis; prints wall times and
# what the last warm-Redis run fetched.
#   REDIS_PORT=6399 PYJIT_REMOTE_CACHE_KEY_FILE=/path/key tools/bench/native/remote_cache_measure.sh
# Needs a scratch redis-server on 127.0.0.1:$REDIS_PORT: ITS DATA IS FLUSHED. MODE=always (default) or on; N runs each.
set -u
here="$(cd "$(dirname "$0")/../../.." && pwd)"
P=$here/bin/pyjit; PROG=$here/tools/bench/startup/hot_functions.py
MODE=${MODE:-always}; N=${N:-3}; PORT=${REDIS_PORT:-6399}
export PYJIT_REMOTE_CACHE_KEY_FILE=${PYJIT_REMOTE_CACHE_KEY_FILE:?set PYJIT_REMOTE_CACHE_KEY_FILE}
URL=redis://127.0.0.1:$PORT/0
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
redis-cli -p "$PORT" flushall >/dev/null
t() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
echo "mode $MODE"
for i in $(seq "$N"); do rm -rf "$W/cold"; echo "cold        $(PYJIT_CACHE_DIR=$W/cold t "$P" -X native="$MODE" "$PROG")"; done
PYJIT_CACHE_DIR=$W/warm "$P" -X native="$MODE" "$PROG" >/dev/null
for i in $(seq "$N"); do echo "warm-local  $(PYJIT_CACHE_DIR=$W/warm t "$P" -X native="$MODE" "$PROG")"; done
PYJIT_REMOTE_CACHE=$URL PYJIT_CACHE_DIR=$W/fill "$P" -X native="$MODE" "$PROG" >/dev/null
echo "redis entries $(redis-cli -p "$PORT" dbsize)"
for i in $(seq "$N"); do rm -rf "$W/remote"; echo "warm-redis  $(PYJIT_REMOTE_CACHE=$URL PYJIT_CACHE_DIR=$W/remote t "$P" -X native="$MODE" "$PROG")"; done
PYJIT_CACHE_DIR=$W/remote "$P" cache stats --json | python3 -c 'import json,sys; r=json.load(sys.stdin)["remote"]; print("last warm-redis run: remote lookups", r["lookups"], "hits", r["hits"], "bytes fetched", r["bytes_fetched"], "lookup time us", r["fetch_time_us"])'
