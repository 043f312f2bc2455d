#!/usr/bin/env bash
# Data scale (issue 9, item 3): a large organisation generated on a private MariaDB, then the HR and
# trainer reports timed on it ("server time to first data", warm). Prints the figures as a table.
#
# Usage: perf/datascale.sh [SCALE] [TIMED_CALLS]     (defaults: 0.05, 20)
#   SCALE 1.0 = 10,000 trainees, 200 cohorts, ~1,000,000 graded answers, ~100,000 role-play steps.
# Environment: DATASCALE_PORT (33322), DATASCALE_POOL (innodb buffer pool, 1G), DATASCALE_SEED (20261206),
#              DATASCALE_KEEP=1 leaves the database running (and its data in place) for EXPLAIN by hand;
#              DATASCALE_REUSE=1 skips start and generation and times again on the database left running.
#
# The MariaDB is started here with the flags of .ci/mariadb.sh, except a larger buffer pool (the 64 MB
# the test suite uses would make every report a disk read on this data) and a private tmpdir (on-disk
# temporary tables of big GROUP BYs must not live in the shared /tmp, where a cleaner removed one
# mid-query). It listens on 127.0.0.1 only.
# Generator and runner are main classes under src/test/java/org/kefuacademy/perf (test sources: nothing
# enters the production jar), run on the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-0.05}
calls=${2:-20}
port=${DATASCALE_PORT:-33322}
pool=${DATASCALE_POOL:-1G}
seed=${DATASCALE_SEED:-20261206}
dir=/tmp/kefu-datascale-$port
url="jdbc:mariadb://127.0.0.1:$port/kefu"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH:/usr/sbin
sql() { mariadb --no-defaults -uroot -h127.0.0.1 -P"$port" "$@"; }

db_start() {
  command -v mariadbd >/dev/null || { echo "mariadbd not found: apt-get install -y mariadb-server" >&2; exit 1; }
  rm -rf "$dir"; mkdir -p "$dir/tmp"
  mariadb-install-db --no-defaults --datadir="$dir/data" --user=root \
    --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
  mariadbd --no-defaults --user=root --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/sock" --pid-file="$dir/pid" --log-error="$dir/err.log" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size="$pool" --skip-log-bin --tmpdir="$dir/tmp" >/dev/null 2>&1 &
  for _ in $(seq 1 120); do sql -e 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done
  sql -e "create database kefu character set utf8mb4 collate utf8mb4_unicode_ci"
}

db_stop() {
  if [ -f "$dir/pid" ]; then
    kill "$(cat "$dir/pid")" 2>/dev/null || true
    for _ in $(seq 1 80); do [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null || break; sleep 0.25; done
  fi
  rm -rf "$dir"
}

[ "${DATASCALE_KEEP:-0}" = 1 ] || [ "${DATASCALE_REUSE:-0}" = 1 ] || trap db_stop EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); $(mariadbd --version | cut -d' ' -f1-4)"
echo "building (test classes and the test classpath)"
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/datascale.classpath -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/datascale.classpath)"

if [ "${DATASCALE_REUSE:-0}" = 1 ]; then
  java -Xmx1g -cp "$cp" org.kefuacademy.perf.DataScaleTimings "$url" "$calls"
  exit 0
fi
echo "starting MariaDB on 127.0.0.1:$port (buffer pool $pool)"
db_start

start=$(date +%s)
java -Xmx2g -cp "$cp" org.kefuacademy.perf.DataScaleGenerator "$url" "$scale" "$seed"
echo "generation took $(( $(date +%s) - start )) s (SCALE=$scale, including the application's first start: Flyway and content sync)"
sql -N -e "select concat('database size: ', round(sum(data_length + index_length) / 1048576), ' MiB (data ', round(sum(data_length) / 1048576), ' MiB, indexes ', round(sum(index_length) / 1048576), ' MiB)') from information_schema.tables where table_schema = 'kefu'"
sql -e "analyze table kefu.attempt, kefu.attempt_answer, kefu.competence_evidence, kefu.module_progress, kefu.roleplay_run, kefu.roleplay_step, kefu.cohort_member" >/dev/null

java -Xmx1g -cp "$cp" org.kefuacademy.perf.DataScaleTimings "$url" "$calls"
