#!/usr/bin/env bash
# Start-up time of the packaged application on this machine: from `java` launched to the first page
# (GET /login answers 200), plain fat jar, extracted jar, and extracted jar with the JDK's AOT cache
# (Java 25: -XX:AOTCacheOutput during a training run, then -XX:AOTCache). Embedded H2 with the demo
# data already in place (a first start creates it and is not counted). Prints the median of RUNS starts.
#
# Usage: perf/startup.sh [JAR] [RUNS]     (defaults: target/kefu-academy-*.jar, 3)
#        STARTUP_ARGS="--some.property=value" perf/startup.sh   (added to every start, training run too)
set -euo pipefail
read -r -a extra_args <<< "${STARTUP_ARGS:-}"
jar=$(realpath "${1:-$(ls target/kefu-academy-*.jar | grep -v original | head -1)}")
runs=${2:-3}
port=18095
work=$(mktemp -d /tmp/kefu-startup.XXXXXX)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

# Milliseconds from launch to the first 200 on /login; the app runs in $work so it shares one H2 database.
first_page_ms() {
  local start end
  start=$(date +%s%N)
  (cd "$work" && exec java "$@" ${extra_args[@]+"${extra_args[@]}"} --server.port=$port --server.address=127.0.0.1) >"$work/app.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/app.log" >&2; echo "the application exited" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {
  local label=$1; shift
  local times=()
  for _ in $(seq 1 "$runs"); do times+=("$(first_page_ms "$@")"); done
  printf '%-34s median %6s ms   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1)"
echo "preparing: a first start creates the H2 database and the demo data (not counted)"
first_page_ms -jar "$jar" >/dev/null
java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
app_jar="$work/extracted/$(basename "$jar")"
echo "training run for the AOT cache (the context refreshes, then the JVM exits and writes the cache)"
(cd "$work" && java -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh -jar "$app_jar" ${extra_args[@]+"${extra_args[@]}"}) >"$work/training.log" 2>&1 \
  || { tail -20 "$work/training.log"; exit 1; }
echo "AOT cache: $(du -h "$work/app.aot" | cut -f1)"

measure "fat jar (java -jar)" -jar "$jar"
measure "extracted jar" -jar "$app_jar"
measure "extracted jar + AOT cache" -XX:AOTCache="$work/app.aot" -jar "$app_jar"
