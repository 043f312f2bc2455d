#!/usr/bin/env bash
# Backs up a database the application filled (the demo data), wipes it, restores the backup and
# compares, for MariaDB (mariadb-dump / mariadb) and for the embedded H2 (its Script / RunScript
# tools), then starts the application on each restored database. docs/OPERATIONS.md describes the
# same steps for production. CI runs it after the test suite.
#
# Usage: scripts/backup-restore-check.sh JAR MARIADB_PORT
#   JAR           the packaged application (target/kefu-academy-*.jar)
#   MARIADB_PORT  a MariaDB on 127.0.0.1 where root may create databases (.ci/mariadb.sh start PORT)
set -euo pipefail
jar=$(realpath "$1")
port=$2
work=$(mktemp -d /tmp/kefu-backup-check.XXXXXX)
app_port=18090
app_pid=
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; true' EXIT
sql() { mariadb --no-defaults -uroot -h127.0.0.1 -P"$port" "$@"; }
fail() { echo "BACKUP CHECK FAILED: $*"; exit 1; }

# Starts the jar in $1 (its working folder) with the remaining arguments, waits until healthy.
start_app() {
  local dir=$1; shift
  (cd "$dir" && exec java -jar "$jar" --server.port=$app_port --server.address=127.0.0.1 "$@") >"$dir/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$app_port/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -40 "$dir/app.log"; fail "the application exited"; }
    sleep 1
  done
  tail -40 "$dir/app.log"; fail "the application did not become healthy"
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
}

# Row count and checksum of every table: equal fingerprints mean equal contents.
maria_fingerprint() {
  local tables
  tables=$(sql -N -e "select group_concat(table_name order by table_name) from information_schema.tables
                      where table_schema = 'kefu_backup' and table_type = 'BASE TABLE'")
  sql -N kefu_backup -e "checksum table ${tables//,/, } extended"
  for t in ${tables//,/ }; do echo "$t $(sql -N kefu_backup -e "select count(*) from \`$t\`")"; done
}

echo "== MariaDB: fill, back up, wipe, restore, compare"
sql -e "drop database if exists kefu_backup; create database kefu_backup character set utf8mb4 collate utf8mb4_unicode_ci"
mkdir -p "$work/maria"
KEFU_DB_URL="jdbc:mariadb://127.0.0.1:$port/kefu_backup" KEFU_DB_USER=root KEFU_DB_PASSWORD= \
  start_app "$work/maria" --spring.profiles.active=demo,mariadb
grep -q "Demo data created" "$work/maria/app.log" || fail "the demo data was not created on MariaDB"
stop_app
mariadb-dump --no-defaults -uroot -h127.0.0.1 -P"$port" --single-transaction --routines --triggers \
  --skip-dump-date kefu_backup >"$work/maria/backup.sql"
maria_fingerprint >"$work/maria/before.txt"
accounts=$(sql -N kefu_backup -e "select count(*) from account")
sql -e "drop database kefu_backup; create database kefu_backup character set utf8mb4 collate utf8mb4_unicode_ci"
[ "$(sql -N -e "select count(*) from information_schema.tables where table_schema = 'kefu_backup'")" = 0 ] \
  || fail "the wipe left tables behind"
sql kefu_backup <"$work/maria/backup.sql"
maria_fingerprint >"$work/maria/after.txt"
diff "$work/maria/before.txt" "$work/maria/after.txt" || fail "MariaDB contents differ after the restore"
echo "MariaDB: $(wc -l <"$work/maria/before.txt") fingerprint lines equal; $accounts accounts; backup $(du -h "$work/maria/backup.sql" | cut -f1)"
KEFU_DB_URL="jdbc:mariadb://127.0.0.1:$port/kefu_backup" KEFU_DB_USER=root KEFU_DB_PASSWORD= \
  start_app "$work/maria" --spring.profiles.active=prod,mariadb
grep -q "Created the first administrator" "$work/maria/app.log" && fail "the restored database looked empty to the application"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/login")" = 200 ] || fail "/login not served after the restore"
stop_app
sql -e "drop database kefu_backup"

echo "== H2: fill, back up, wipe, restore, compare"
mkdir -p "$work/h2"
# H2's own tools come from the H2 jar inside the application jar.
h2=$(python3 - "$jar" "$work/h2" <<'PY'
import sys, zipfile, pathlib
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.startswith("BOOT-INF/lib/h2-") and n.endswith(".jar"))
    out = pathlib.Path(sys.argv[2]) / pathlib.Path(name).name
    out.write_bytes(z.read(name))
    print(out)
PY
)
url="jdbc:h2:file:$work/h2/data/kefu;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
start_app "$work/h2" --spring.profiles.active=demo
grep -q "Demo data created" "$work/h2/app.log" || fail "the demo data was not created on H2"
stop_app
java -cp "$h2" org.h2.tools.Script -url "$url" -user sa -script "$work/h2/backup.sql"
rm -rf "$work/h2/data"
java -cp "$h2" org.h2.tools.RunScript -url "$url" -user sa -script "$work/h2/backup.sql"
java -cp "$h2" org.h2.tools.Script -url "$url" -user sa -script "$work/h2/restored.sql"
# Same statements, ignoring the order of constraints and the user's fresh password salt.
diff <(grep -v '^CREATE USER' "$work/h2/backup.sql" | sort) <(grep -v '^CREATE USER' "$work/h2/restored.sql" | sort) \
  || fail "H2 contents differ after the restore"
echo "H2: the restored database scripts out identical ($(grep -c '^INSERT' "$work/h2/backup.sql") insert statements)"
start_app "$work/h2" --spring.profiles.active=demo
grep -q "Demo data created" "$work/h2/app.log" && fail "the restored H2 database looked empty to the application"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/login")" = 200 ] || fail "/login not served after the restore"
stop_app

rm -rf "$work"
echo "backup and restore check passed"
