#!/usr/bin/env bash
# The full benchmark profile: side by side with DuckDB at 10^6 events, scaling at 10^5, 10^6 and 10^7
# events, the heap of streaming W2 over 10^7 events read from JSON Lines, then the JMH benchmarks at
# 10^5 events. Needs about 16 GB of RAM and most of an hour on 2 cores.
# Results go to revops-benchmarks/target/results-full/.
set -euo pipefail
cd "$(dirname "$0")/.."
export EVENTS=${EVENTS:-1000000}
export SCALING=${SCALING:-100000,1000000,10000000}
export MEMORY_EVENTS=${MEMORY_EVENTS:-10000000}
export ROUNDS=${ROUNDS:-7}
export WARMUP=${WARMUP:-3}
export HEAP=${HEAP:-14g}
export JMH=${JMH:-1}
export SCALING_ROUNDS=${SCALING_ROUNDS:-5}
export SCALING_WARMUP=${SCALING_WARMUP:-2}
exec revops-benchmarks/run-profile.sh full
