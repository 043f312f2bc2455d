#!/usr/bin/env bash
# Reruns every performance measurement of docs/PERFORMANCE.md, one after another (they must not share
# the 2 cores), and keeps each one's output in perf-results/<time>/. Run it on an otherwise idle machine.
#
#   perf/all.sh            # full: 500 trainees, SCALE=1.0 data set (about 1.5 h here)
#   perf/all.sh --quick    # a check of the tooling: 20 trainees, SCALE=0.05, JMH --quick
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${1:-}
out=perf-results/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
echo "results in $out; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

step() {
  local name=$1; shift
  echo "== $name: $*"
  "$@" 2>&1 | tee "$out/$name.txt"
}

mvn -B -q -DskipTests package
if [ "$quick" = "--quick" ]; then
  step startup perf/startup.sh "$(ls target/kefu-academy-*.jar | head -1)" 1
  step jmh perf/jmh.sh --quick
  step datascale perf/datascale.sh 0.05 5
  USERS=20 THINK_MIN=1 THINK_MAX=3 step load perf/load.sh
  N=20 step session-memory perf/session-memory.sh
else
  step startup perf/startup.sh "$(ls target/kefu-academy-*.jar | head -1)" 3
  step jmh perf/jmh.sh
  step datascale perf/datascale.sh 1.0 20
  step load perf/load.sh
  step session-memory perf/session-memory.sh
fi
echo "done: $out"
