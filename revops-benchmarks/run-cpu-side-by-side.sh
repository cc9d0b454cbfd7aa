#!/usr/bin/env bash
# CpuSideBySide on several build trees, alternately: compiles the harness's one source file (from this tree)
# against each tree's revops-benchmarks/target/classes and bench.classpath into a scratch directory (so it runs
# against trees that predate it), then runs the trees in turn PAIRS times, each run in a fresh JVM with the same
# heap options, appending one markdown row per run to OUT, with the load (uptime) before and after each run.
#   revops-benchmarks/run-cpu-side-by-side.sh OUT PAIRS DIR...
# Each DIR must be built first: ./mvnw -q -B -o -Pbench -pl revops-benchmarks -am package -DskipTests
# Environment: EVENTS (1000000), ROUNDS (7), WARMUP (2), HEAP (6g), YOUNG (3g), JAVA (java), JAVAC (javac), DATA
# (unset: each tree generates its data with its own generator; a folder written by GenerateSample --events EVENTS:
# each tree reads that folder with its own JSON Lines readers, so trees whose generators differ run on the same
# leads and events; W3 is then not measured).
# The young generation is large enough that generating 10^6 events (about 1.5 GB allocated) triggers no
# collection: the data then lies in memory in the order it was generated (the first full collection only slides
# it together), the same in every tree; a collection during generation copies it in another order, which moved the
# floor (the same code in every tree) by up to 70% between trees. The harness warns on stderr if one happened.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 OUT PAIRS DIR..." >&2
  exit 2
fi
OUT=$1
PAIRS=$2
shift 2
: "${EVENTS:=1000000}" "${ROUNDS:=7}" "${WARMUP:=2}" "${HEAP:=6g}" "${YOUNG:=3g}" "${JAVA:=java}" "${JAVAC:=javac}"
SRC="$(cd "$(dirname "$0")" && pwd)/src/main/java/io/revops/benchmarks/CpuSideBySide.java"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/cpu-side-by-side.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
JAVA_OPTS=(-Xms"$HEAP" -Xmx"$HEAP" -Xmn"$YOUNG" -XX:+UseParallelGC -Djava.util.logging.config.file=/dev/null)

TREES=()
LABELS=()
CPS=()
i=0
for dir in "$@"; do
  dir=$(cd "$dir" && pwd)
  classes="$dir/revops-benchmarks/target/classes"
  if [ ! -d "$classes" ] || [ ! -s "$dir/revops-benchmarks/target/bench.classpath" ]; then
    echo "$dir is not built: run ./mvnw -q -B -o -Pbench -pl revops-benchmarks -am package -DskipTests there" >&2
    exit 1
  fi
  out="$SCRATCH/$i"
  mkdir -p "$out"
  cp="$classes:$(cat "$dir/revops-benchmarks/target/bench.classpath")"
  # the harness is compiled into its own directory, ahead of the tree's classes on the class path
  "$JAVAC" -nowarn -Xlint:none --release 17 -d "$out" -cp "$cp" "$SRC"
  label="$(basename "$dir") $(git -C "$dir" rev-parse --short HEAD)$(git -C "$dir" diff --quiet HEAD || echo ' +changes')"
  TREES+=("$dir")
  LABELS+=("$label")
  CPS+=("$out:$cp")
  i=$((i + 1))
done

{
  echo
  echo "<!-- run-cpu-side-by-side.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), $EVENTS events${DATA:+ read from $DATA}, $WARMUP warm-up + $ROUNDS rounds, the median thread CPU ms of each workload, $("$JAVA" -version 2>&1 | head -1), ${JAVA_OPTS[*]} -->"
  echo
  "$JAVA" -cp "${CPS[0]}" io.revops.benchmarks.CpuSideBySide --header | sed '1s/^| build (thread CPU ms, median) |/| build, pair | 1-min load before → after |/; 2s/^|---|/|---|---|/'
} >> "$OUT"
for ((p = 1; p <= PAIRS; p++)); do
  for ((t = 0; t < ${#TREES[@]}; t++)); do
    before=$(cut -d' ' -f1 /proc/loadavg)
    row=$("$JAVA" "${JAVA_OPTS[@]}" -cp "${CPS[$t]}" io.revops.benchmarks.CpuSideBySide --label="${LABELS[$t]}, $p" \
      --events="$EVENTS" --rounds="$ROUNDS" --warmup="$WARMUP" ${DATA:+--data="$DATA"})
    after=$(cut -d' ' -f1 /proc/loadavg)
    # the load column goes after the label
    echo "$row" | sed "s/^\(| [^|]*|\)/\1 $before → $after |/" | tee -a "$OUT"
  done
done
echo "- uptime at the end: $(uptime)" >> "$OUT"
