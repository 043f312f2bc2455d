#!/usr/bin/env bash
# Memory per session (issue 9, docs/PERFORMANCE.md "Memory per session"): live heap after a full
# GC with no extra sessions, with N idle signed-in sessions (sign in, dashboard, one heartbeat) and
# with N more sessions in the middle of the exam (attempt started, 10 answers given), all through the
# real Vaadin protocol against the packaged jar on MariaDB. Prints bytes per session.
#
#   perf/session-memory.sh            # N=200
#   N=50 perf/session-memory.sh
#
# WARMUP trainees (5) take the same path first, so class loading and caches are in the baseline.
set -euo pipefail
source "$(dirname "$0")/load/lib.sh"
N=${N:-200}
WARMUP=${WARMUP:-5}
RAMP=${RAMP:-$(( N / 5 > 10 ? N / 5 : 10 ))}
trap stop_all EXIT

build_jar
build_tools
start_db
start_app
create_trainees $((WARMUP + 2 * N)) >&2
: >"$RESULTS/answers.tsv"

log "warm-up: $WARMUP trainees to mid-exam"
gatling midexam "$WARMUP" 1 5 0.2 0.5 -DANSWERS=10 || log "warm-up reported failures"
base=$(live_heap base)
log "baseline live heap: $base bytes"

log "$N idle signed-in sessions"
gatling idle "$N" $((WARMUP + 1)) "$RAMP" 0 0 || log "idle run reported failures (see $RESULTS/gatling-idle-*.log)"
idle=$(live_heap idle)
log "live heap with $N idle sessions: $idle bytes"

log "$N sessions in the middle of the exam (10 answers)"
gatling midexam "$N" $((WARMUP + N + 1)) "$RAMP" 0.2 0.5 -DANSWERS=10 \
  || log "mid-exam run reported failures (see $RESULTS/gatling-midexam-*.log)"
mid=$(live_heap mid)
log "live heap with $N more mid-exam sessions: $mid bytes"

{
  echo "## Memory per session $(date -u +%F' '%H:%M) UTC: N=$N, -Xmx$APP_HEAP"
  echo
  echo "| state | live heap after full GC | HTTP sessions | Vaadin UIs | per session |"
  echo "|---|---:|---:|---:|---:|"
  for s in base idle mid; do
    eval v=\$$s
    sessions=$(instances "$s" org.apache.catalina.session.StandardSession)
    uis=$(instances "$s" com.vaadin.flow.component.UI)
    case $s in
      base) per="-"; label="$WARMUP warm-up sessions" ;;
      idle) per=$(( (idle - base) / N )); label="+ $N idle signed in" ;;
      mid)  per=$(( (mid - idle) / N )); label="+ $N mid-exam (10 of 20 answered)" ;;
    esac
    printf "| %s | %.1f MB | %s | %s | %s |\n" "$label" "$(echo "$v / 1048576" | bc -l)" "$sessions" "$uis" \
      "$([ "$per" = "-" ] && echo - || echo "$per bytes ($(( per / 1024 )) KB)")"
  done
  echo
  for f in "$RESULTS"/gatling-*.log; do
    grep -h '> request count' "$f" | awk -v f="$(basename "$f" .log)" '{ print f ": " $5 " requests, " $7 " OK, KO " $9 }'
  done
} | tee "$RESULTS/summary.md"
