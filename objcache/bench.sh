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
echo "== native library load in a fresh JVM, median of $runs runs each, interleaved (ms) =="
"$java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.pyjit.objcache.NativeLoadCost extracted-copies "$native" >/dev/null
run() { "$java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -cp "$cp" org.pyjit.objcache.NativeLoadCost "$@"; }
: > /tmp/objcache-own.txt; : > /tmp/objcache-copies.txt; : > /tmp/objcache-open.txt
for _ in $(seq "$runs"); do
  run own-loaders "$native" >> /tmp/objcache-own.txt
  run extracted-copies "$native" >> /tmp/objcache-copies.txt
  run open "$native" "$cache" >> /tmp/objcache-open.txt
done
echo "libraries' own loaders     $(median < /tmp/objcache-own.txt)"
echo "extracted copies (pyjit)   $(median < /tmp/objcache-copies.txt)"
echo "first open+close, warm dir $(median < /tmp/objcache-open.txt)"
rm -rf "$native" "$cache"

echo "== JMH =="
"$java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp "$cp" org.openjdk.jmh.Main "${1:-org.pyjit.objcache}"
