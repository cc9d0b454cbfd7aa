#!/usr/bin/env bash
# Shared by run-quick.sh and run-full.sh: builds the module, runs the harness, the memory workload and
# (full profile) JMH. Sizes come from the environment (see the two scripts).
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE=$1
: "${EVENTS:=1000000}" "${SCALING:=100000,1000000}" "${MEMORY_EVENTS:=1000000}" "${ROUNDS:=5}" "${WARMUP:=2}"
: "${HEAP:=6g}" "${JMH:=0}" "${SKIP_BUILD:=0}" "${SCALING_ROUNDS:=3}" "${SCALING_WARMUP:=1}"
OUT=revops-benchmarks/target/results-$PROFILE
mkdir -p "$OUT"
if [ "$SKIP_BUILD" != 1 ]; then
  ./mvnw -q -o -Pbench -pl revops-benchmarks -am package -DskipTests -Dmaven.javadoc.skip
fi
CP=revops-benchmarks/target/classes:$(cat revops-benchmarks/target/bench.classpath)
JAVA_OPTS=(-Djava.util.logging.config.file=/dev/null -XX:+UseParallelGC)
start=$(date +%s)
{
  echo "# revops benchmarks, $PROFILE profile"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)')"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(uname -sr)"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo "- uptime before: $(uptime)"
  echo
} > "$OUT/machine.md"
cat "$OUT/machine.md"

java -Xmx"$HEAP" "${JAVA_OPTS[@]}" -cp "$CP" io.revops.benchmarks.SideBySide --events="$EVENTS" \
  --rounds="$ROUNDS" --warmup="$WARMUP" --scaling="$SCALING" --scaling-rounds="$SCALING_ROUNDS" \
  --scaling-warmup="$SCALING_WARMUP" --out="$OUT/side-by-side.md"

JSONL=revops-benchmarks/target/events-$MEMORY_EVENTS.jsonl
if [ ! -s "$JSONL" ]; then
  java -Xmx1g "${JAVA_OPTS[@]}" -cp "$CP" io.revops.benchmarks.StreamingMemory --events="$MEMORY_EVENTS" \
    --file="$JSONL" --write
fi
# the heap is capped at 256 MB: finishing at all shows the bound; the run reports the peaks it saw
java -Xmx256m "${JAVA_OPTS[@]}" -cp "$CP" io.revops.benchmarks.StreamingMemory --events="$MEMORY_EVENTS" \
  --file="$JSONL" --stream | tee "$OUT/memory.txt"

if [ "$JMH" = 1 ]; then
  java -cp "$CP" org.openjdk.jmh.Main RevOpsBenchmarks -p events=100000 -rf text -rff "$OUT/jmh.txt"
fi
echo "- uptime after: $(uptime); wall time $(( $(date +%s) - start )) s" | tee -a "$OUT/machine.md"
