#!/usr/bin/env bash
# Load test through the real Vaadin UI protocol (issue 9, docs/PERFORMANCE.md "Load through the
# Vaadin protocol"): USERS simulated trainees sign in, open 我的测评, take the week-1 assessment (20
# questions, THINK_MIN..THINK_MAX seconds between answers) and submit, against the packaged jar on a
# private MariaDB on this machine. Then checks in the database that every answer given is stored,
# and prints per-interaction p50/p95/p99, throughput, errors, server CPU and heap.
#
#   perf/load.sh                              # 500 trainees, 5-15 s think time
#   USERS=20 THINK_MIN=1 THINK_MAX=3 perf/load.sh
#
# Other settings: RAMP (seconds over which the trainees arrive; default USERS/5, at least 10),
# DB_PORT (33321), APP_PORT (18081), APP_HEAP (1g), GATLING_HEAP (1g), RESULTS (output folder),
# APP_JAVA_OPTS (more JVM options for the application, e.g. a JFR recording).
set -euo pipefail
source "$(dirname "$0")/load/lib.sh"
USERS=${USERS:-500}
THINK_MIN=${THINK_MIN:-5}
THINK_MAX=${THINK_MAX:-15}
RAMP=${RAMP:-$(( USERS / 5 > 10 ? USERS / 5 : 10 ))}
trap stop_all EXIT

build_jar
build_tools
start_db
start_app
create_trainees "$USERS" >&2
: >"$RESULTS/answers.tsv"
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
start_sampler
log "running $USERS trainees (ramp $RAMP s, think $THINK_MIN-$THINK_MAX s); report in $RESULTS/gatling"
started=$SECONDS
gatling exam "$USERS" 1 "$RAMP" "$THINK_MIN" "$THINK_MAX" || log "Gatling reported failures (see $RESULTS/gatling-exam-from-1.log)"
elapsed=$((SECONDS - started))
stop_sampler

run=$(ls -d "$RESULTS"/gatling/*/ | tail -1)
{
  echo "## Load run $(date -u +%F' '%H:%M) UTC: $USERS trainees, think $THINK_MIN-$THINK_MAX s, ramp $RAMP s, $elapsed s"
  echo
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM; load average just before the run: $LOAD_BEFORE"
  echo
  java -cp "$TOOLS_CP" kefu.load.GatlingFigures "$run"
  echo
  echo "save answer, minute by minute (per-second percentiles of the Gatling report):"
  echo
  java -cp "$TOOLS_CP" kefu.load.GatlingFigures "$run" "save answer"
  echo
  cpu_summary
  heap_summary
  echo
  java -cp "$TOOLS_CP" kefu.load.VerifyAnswers "$DB_URL" root "" "$RESULTS/answers.tsv" true || echo "(answer check failed)"
} | tee "$RESULTS/summary.md"
grep -q "ANSWERS OK" "$RESULTS/summary.md"
