#!/usr/bin/env bash
# JMH micro-benchmarks of the application's hot paths (issue 9): grading a 20-question sheet, a role-play
# reply step, Markdown render (new renderer, cache miss, cache hit, a page opened from cache), a certificate
# PDF, parsing all of content/ as start-up does, and the first call of each in a fresh JVM.
# Sources: src/test/java/org/kefuacademy/perf/jmh/. Builds with the jmh profile into target/jmh/ (the
# normal build's target/classes and target/test-classes are left alone), runs the steady-state benchmarks,
# then the first-use ones (single shot per fork), prints JMH's tables and the comparison with the targets,
# and writes the JSON results to target/jmh-result.json and target/jmh-result-first-use.json.
#
# Usage: perf/jmh.sh [--quick] [REGEX]       e.g. perf/jmh.sh --quick Markdown
#   --quick       1 fork, 2 x 1 s warm-up, 3 x 1 s measurement, 2 first-use forks: proves the tooling
#   REGEX         only the benchmarks whose name matches (JMH's include pattern)
# Settings (environment): FORKS, WARMUP (iterations), WARMUP_TIME, ITERATIONS, TIME, FIRST_USE_FORKS,
#   HEAP (fork -Xmx, default 1g), PROF (a JMH profiler, e.g. PROF=gc or PROF=stack), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"

quick=false
if [ "${1:-}" = --quick ]; then quick=true; shift; fi
regex=${1:-.}
if $quick; then
  FORKS=${FORKS:-1} WARMUP=${WARMUP:-2} WARMUP_TIME=${WARMUP_TIME:-1s} ITERATIONS=${ITERATIONS:-3} TIME=${TIME:-1s}
  FIRST_USE_FORKS=${FIRST_USE_FORKS:-2}
else
  FORKS=${FORKS:-2} WARMUP=${WARMUP:-5} WARMUP_TIME=${WARMUP_TIME:-2s} ITERATIONS=${ITERATIONS:-5} TIME=${TIME:-2s}
  FIRST_USE_FORKS=${FIRST_USE_FORKS:-5}
fi
HEAP=${HEAP:-1g}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "building (mvn -Pjmh test-compile into target/jmh/) ..."
  mvn -B -q -Pjmh -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/jmh/classpath.txt -Dmdep.includeScope=test
fi
cp="target/jmh/test-classes:target/jmh/classes:$(cat target/jmh/classpath.txt)"
jmh() { java -Xmx256m --sun-misc-unsafe-memory-access=allow -cp "$cp" org.openjdk.jmh.Main "$@"; }
# CPU time per operation next to the wall clock: the steadier figure when other builds share the cores.
cpu_prof=org.kefuacademy.perf.jmh.CpuTimeProfiler
fork_args="-Xms$HEAP -Xmx$HEAP --sun-misc-unsafe-memory-access=allow -Dlogback.configurationFile=perf/jmh-logback.xml"

# Split the matching benchmarks into steady-state ones and first-use ones (those have their own settings).
mapfile -t matching < <(jmh -l "$regex" | grep '^ *org\.kefuacademy' | sed 's/^ *//')
steady=() first_use=()
for b in "${matching[@]}"; do
  if [[ $b == *FirstUseBenchmark* ]]; then first_use+=("^$b\$"); else steady+=("^$b\$"); fi
done
[ ${#matching[@]} -gt 0 ] || { echo "no benchmark matches '$regex'" >&2; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
rm -f target/jmh-result.json target/jmh-result-first-use.json
if [ ${#steady[@]} -gt 0 ]; then
  echo "steady state: forks $FORKS, warm-up $WARMUP x $WARMUP_TIME, measurement $ITERATIONS x $TIME, fork heap $HEAP${PROF:+, profiler $PROF}"
  jmh "${steady[@]}" -f "$FORKS" -wi "$WARMUP" -w "$WARMUP_TIME" -i "$ITERATIONS" -r "$TIME" \
    -jvmArgs "$fork_args" -prof "$cpu_prof" ${PROF:+-prof "$PROF"} -foe true -rf json -rff target/jmh-result.json
fi
if [ ${#first_use[@]} -gt 0 ]; then
  echo "first use in a fresh JVM: $FIRST_USE_FORKS forks, one single shot each"
  jmh "${first_use[@]}" -bm ss -f "$FIRST_USE_FORKS" -wi 0 -i 1 \
    -jvmArgs "$fork_args" -prof "$cpu_prof" -foe true -rf json -rff target/jmh-result-first-use.json
fi

# The issue's targets, read from the JSON just written.
python3 - <<'PY'
import json, os
targets = {  # benchmark suffix -> (label, limit in ms)
    "CertificateBenchmark.renderCertificate": ("certificate, warm", 50.0),
    "MarkdownBenchmark.renderCached": ("module render from the renderer's cache", 1.0),
    "MarkdownBenchmark.openPageFromCache": ("module page opened from cache (stored module + cached HTML)", 1.0),
}
to_ms = {"ns/op": 1e-6, "us/op": 1e-3, "ms/op": 1.0, "s/op": 1e3}
def fmt(ms):
    return f"{ms * 1000:.3g} us" if ms < 1 else f"{ms:.1f} ms"
rows = []
for f in ("target/jmh-result.json",):
    if os.path.exists(f):
        rows += json.load(open(f))
lines = []
for r in rows:
    for suffix, (label, limit) in targets.items():
        if r["benchmark"].endswith(suffix):
            m = r["primaryMetric"]
            score = m["score"] * to_ms[m["scoreUnit"]]
            err = (m.get("scoreError") or 0) * to_ms[m["scoreUnit"]]
            cpu = (r.get("secondaryMetrics") or {}).get("cpu.time.per.op")
            cpu_text = f", CPU {fmt(cpu['score'] * to_ms[cpu['scoreUnit']])}" if cpu else ""
            param = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
            verdict = "met" if score <= limit else "MISSED"
            lines.append(f"  {label}{' [' + param + ']' if param else ''}: {fmt(score)} ± {fmt(err)}{cpu_text}"
                         f" (target <= {limit:g} ms, wall clock): {verdict}")
if lines:
    print("targets (issue 9):")
    print("\n".join(lines))
PY
echo "JSON: target/jmh-result.json${first_use:+, target/jmh-result-first-use.json}"
