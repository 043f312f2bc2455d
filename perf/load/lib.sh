# Shared steps of perf/load.sh and perf/session-memory.sh (sourced, not run).
# Starts a private MariaDB and the packaged jar with the production profiles on 127.0.0.1, builds the
# Gatling project, creates trainees, and stops everything it started on exit.

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOAD=$ROOT/perf/load
DB_PORT=${DB_PORT:-33321}
APP_PORT=${APP_PORT:-18081}
APP_HEAP=${APP_HEAP:-1g}
TRAINEE_PASSWORD=${TRAINEE_PASSWORD:-Ceshi#2026-load}
DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/kefu"
RESULTS=${RESULTS:-$LOAD/target/results-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$RESULTS"
APP_PID=

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

stop_all() {
  if [ -n "${SAMPLER_PID:-}" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ -z "${KEEP_DB:-}" ]; then "$ROOT/.ci/mariadb.sh" stop "$DB_PORT" >/dev/null 2>&1 || true; fi
}

build_jar() {
  JAR=$(ls "$ROOT"/target/kefu-academy-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ]; then
    log "building the application jar"
    (cd "$ROOT" && mvn -B -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/kefu-academy-*.jar | grep -v original | head -1)
  fi
}

build_tools() {
  log "building the load-test project (perf/load)"
  (cd "$LOAD" && mvn -B -q test-compile && mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/testcp.txt) >/dev/null
  TOOLS_CP="$LOAD/target/test-classes:$LOAD/target/classes:$(cat "$LOAD/target/testcp.txt")"
}

start_db() {
  log "starting MariaDB on 127.0.0.1:$DB_PORT"
  "$ROOT/.ci/mariadb.sh" start "$DB_PORT" >/dev/null
}

# The production profiles (docs/OPERATIONS.md); plain HTTP here, so the session cookie is not Secure.
start_app() {
  log "starting $(basename "$JAR") (prod,mariadb, -Xmx$APP_HEAP) on 127.0.0.1:$APP_PORT"
  KEFU_DB_URL=$DB_URL KEFU_DB_USER=root KEFU_DB_PASSWORD= KEFU_SECURE_COOKIES=false \
    KEFU_ADMIN_PASSWORD='Perf#Kefu-Load-2026' \
    java -Xmx"$APP_HEAP" ${APP_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=prod,mariadb \
    --server.address=127.0.0.1 --server.port="$APP_PORT" >"$RESULTS/app.log" 2>&1 &
  APP_PID=$!
  local start=$SECONDS
  until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$RESULTS/app.log" >&2; log "the application did not start"; exit 1; }
    [ $((SECONDS - start)) -lt 600 ] || { log "the application did not answer within 600 s"; exit 1; }
    sleep 2
  done
  log "application up after $((SECONDS - start)) s (pid $APP_PID)"
}

create_trainees() {
  java -cp "$TOOLS_CP" kefu.load.CreateTrainees "$DB_URL" root "" "$1" "$TRAINEE_PASSWORD"
}

# gatling MODE USERS FIRST_USER RAMP THINK_MIN THINK_MAX [extra -D...]
gatling() {
  local mode=$1 users=$2 first=$3 ramp=$4 tmin=$5 tmax=$6; shift 6
  java -Xmx${GATLING_HEAP:-1g} --add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
    -DBASE_URL="http://127.0.0.1:$APP_PORT" -DMODE="$mode" -DUSERS="$users" -DFIRST_USER="$first" -DRAMP="$ramp" \
    -DTHINK_MIN="$tmin" -DTHINK_MAX="$tmax" -DPASSWORD="$TRAINEE_PASSWORD" -DANSWERS_FILE="$RESULTS/answers.tsv" "$@" \
    -cp "$TOOLS_CP" io.gatling.app.Gatling -s kefu.load.ExamSimulation -rf "$RESULTS/gatling" \
    >"$RESULTS/gatling-$mode-from-$first.log" 2>&1
}

# Samples every 5 s while a run goes: CPU ticks of the application, of MariaDB and of the whole
# machine (/proc), and the application's heap use (jstat, one long-lived process).
start_sampler() {
  local dbpid; dbpid=$(cat "/tmp/kefu-mariadb-$DB_PORT/pid" 2>/dev/null || echo 0)
  jstat -gc "$APP_PID" 5000 >"$RESULTS/jstat.txt" 2>&1 &
  JSTAT_PID=$!
  (
    hz=$(getconf CLK_TCK)
    echo "epoch app_ticks db_ticks machine_busy machine_total hz=$hz"
    while kill -0 "$APP_PID" 2>/dev/null; do
      app=$(awk '{print $14+$15}' "/proc/$APP_PID/stat" 2>/dev/null || echo 0)
      db=$(awk '{print $14+$15}' "/proc/$dbpid/stat" 2>/dev/null || echo 0)
      read -r _ u n s i w q sq st _ < /proc/stat
      echo "$(date +%s) $app $db $((u + n + s + q + sq + st)) $((u + n + s + i + w + q + sq + st))"
      sleep 5
    done
  ) >"$RESULTS/cpu.txt" &
  SAMPLER_PID=$!
}

stop_sampler() {
  kill "$SAMPLER_PID" "$JSTAT_PID" 2>/dev/null || true
  SAMPLER_PID=
}

# CPU in % of one core (200 % = both cores of this machine), mean over the run and the highest 5 s sample.
cpu_summary() {
  awk 'NR==1 { split($6, a, "="); hz = a[2]; next }
       NR>2 { dt = $1 - t; if (dt > 0) {
                app = 100 * ($2 - pa) / hz / dt; db = 100 * ($3 - pd) / hz / dt; m = 100 * ($4 - pb) / ($5 - pt);
                if (app > maxapp) maxapp = app; if (db > maxdb) maxdb = db; n++; sa += app; sd += db; sm += m } }
       { t = $1; pa = $2; pd = $3; pb = $4; pt = $5 }
       END { if (n) printf "application CPU: mean %.0f %%, peak %.0f %% of one core; MariaDB CPU: mean %.0f %%, peak %.0f %%; whole machine busy: mean %.0f %% of 2 cores (%d samples of 5 s)\n", sa/n, maxapp, sd/n, maxdb, sm/n, n }' "$RESULTS/cpu.txt"
}

# Heap in use (young + old, MB) as jstat saw it every 5 s: the sawtooth between collections.
heap_summary() {
  awk '$1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used; s += used; n++; if ($8/1024 > oldmax) oldmax = $8/1024 }
       END { if (n) printf "application heap in use: mean %.0f MB, peak %.0f MB (old generation peak %.0f MB), -Xmx '"$APP_HEAP"'\n", s/n, max, oldmax }' "$RESULTS/jstat.txt"
}

# Live heap after a full collection (bytes), from the class histogram's total (GC.class_histogram
# collects first and counts only live objects); the histogram is kept as $RESULTS/histogram-NAME.txt.
live_heap() {
  jcmd "$APP_PID" GC.run >/dev/null
  sleep 2
  jcmd "$APP_PID" GC.class_histogram >"$RESULTS/histogram-$1.txt"
  awk '/^Total/ { print $3 }' "$RESULTS/histogram-$1.txt"
}

# Instances of a class in a kept histogram (to see that the sessions are really alive).
instances() {
  awk -v c="$2" '$4 == c { print $2; found = 1 } END { if (!found) print 0 }' "$RESULTS/histogram-$1.txt"
}
