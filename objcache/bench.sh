#!/usr/bin/env bash
# Object cache micro-benchmarks (JMH) and native-library load cost. Not part of `make test`.
# Usage: objcache/bench.sh [JMH regexp]     e.g. objcache/bench.sh 'ObjectCacheBenchmark.get'
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -1)}"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
java="$JAVA_HOME/bin/java"
mvn -B -q -pl objcache -Pbench test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="objcache/target/jmh-classes:objcache/target/classes:$(cat objcache/target/bench-classpath.txt)"

runs=${RUNS:-11}
native=$(mktemp -d); cache=$(mktemp -d)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "== native library load in a fresh JVM, median of $runs runs (ms) =="
"$java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.pyjit.objcache.NativeLoadCost extracted-copies "$native" >/dev/null
for mode in own-loaders extracted-copies; do
  printf '%-18s ' "$mode"
  for _ in $(seq "$runs"); do
    "$java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -cp "$cp" org.pyjit.objcache.NativeLoadCost "$mode" "$native"
  done | median
done
printf '%-18s ' "first open+close"
for _ in $(seq "$runs"); do
  "$java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -cp "$cp" org.pyjit.objcache.NativeLoadCost open "$native" "$cache"
done | median
rm -rf "$native" "$cache"

echo "== JMH =="
"$java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.openjdk.jmh.Main "${1:-org.pyjit.objcache}"
