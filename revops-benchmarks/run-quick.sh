#!/usr/bin/env bash
# The quick benchmark profile (under 5 minutes on 2 cores): side by side with DuckDB at 10^6 events (W1, W3),
# W2 and W4 throughput, the floor, scaling at 10^5 and 10^6 events, and the heap of streaming W2 over 10^7
# events read from JSON Lines. Results go to revops-benchmarks/target/results-quick/.
#   SKIP_BUILD=1 revops-benchmarks/run-quick.sh   reuses the last build
set -euo pipefail
cd "$(dirname "$0")/.."
export EVENTS=${EVENTS:-1000000}
export SCALING=${SCALING:-100000,1000000}
export MEMORY_EVENTS=${MEMORY_EVENTS:-10000000}
export ROUNDS=${ROUNDS:-7}
export WARMUP=${WARMUP:-2}
export HEAP=${HEAP:-6g}
export SCALING_ROUNDS=${SCALING_ROUNDS:-7}
export SCALING_WARMUP=${SCALING_WARMUP:-2}
exec revops-benchmarks/run-profile.sh quick
