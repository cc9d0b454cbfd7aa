#!/usr/bin/env bash
# The main job from files side by side with DuckDB (MainJob): generates JSON Lines folders of 10^5, 10^6 and
# (unless SIZES says otherwise) 10^7 events once, then times the health check as a process in a small heap
# against DuckDB reading the same files. Results go to revops-benchmarks/target/results-main-job/.
#   SIZES="100000 1000000" ROUNDS=3 HEAP=512m SKIP_BUILD=1 [LAUNCHER=java] revops-benchmarks/run-main-job.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SIZES:=100000 1000000 10000000}" "${ROUNDS:=3}" "${HEAP:=512m}" "${SKIP_BUILD:=0}"
OUT=revops-benchmarks/target/results-main-job
mkdir -p "$OUT"
if [ "$SKIP_BUILD" != 1 ]; then
  ./mvnw -q -o -Pbench -pl revops-benchmarks -am package -DskipTests -Dmaven.javadoc.skip
fi
CP=revops-benchmarks/target/classes:$(cat revops-benchmarks/target/bench.classpath)
ARGS=()
for n in $SIZES; do
  DIR=revops-benchmarks/target/data-$n
  if [ ! -s "$DIR/events.jsonl.gz" ]; then
    java -Xmx1g -cp "$CP" io.revops.examples.data.GenerateSample --events "$n" --out "$DIR"
  fi
  ARGS+=("--data=$DIR")
done
# the main job runs through its launcher (as the README runs it): built and its class-data archive written here,
# before any timing; LAUNCHER=java times a bare JVM with default options instead
: "${LAUNCHER:=revops-examples/health-check}"
if [ "$LAUNCHER" != java ]; then
  "$LAUNCHER" --help >/dev/null
fi
echo "- uptime before: $(uptime)" | tee "$OUT/machine.md"
java -Xmx1g -Djava.util.logging.config.file=/dev/null -cp "$CP" io.revops.benchmarks.MainJob "${ARGS[@]}" \
  --rounds="$ROUNDS" --heap="$HEAP" --launcher="$LAUNCHER" --out="$OUT/main-job.md"
echo "- uptime after: $(uptime)" | tee -a "$OUT/machine.md"
