#!/usr/bin/env bash
# Start or stop a throwaway MariaDB on 127.0.0.1 for the test suite (and for trying the
# mariadb profile by hand). Usage: .ci/mariadb.sh start|stop [port]
# Prints the JDBC URL of the test database on start. Needs Debian's mariadb-server installed.
set -euo pipefail
cmd=${1:-start}
port=${2:-${KEFU_MARIADB_PORT:-33307}}
dir=${KEFU_MARIADB_DIR:-/tmp/kefu-mariadb-$port}

case "$cmd" in
  start)
    command -v mariadbd >/dev/null || PATH=$PATH:/usr/sbin
    command -v mariadbd >/dev/null || { echo "mariadbd not found: apt-get install -y mariadb-server" >&2; exit 1; }
    if [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
      echo "MariaDB already running on port $port" >&2
    else
      rm -rf "$dir"; mkdir -p "$dir"
      mariadb-install-db --no-defaults --datadir="$dir/data" --user=root \
        --auth-root-authentication-method=normal --skip-test-db >"$dir/install.log" 2>&1
      mariadbd --no-defaults --user=root --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
        --socket="$dir/sock" --pid-file="$dir/pid" --log-error="$dir/err" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=64M --skip-log-bin >/dev/null 2>&1 &
      for _ in $(seq 1 60); do
        mariadb --no-defaults -uroot -h127.0.0.1 -P"$port" -e 'select 1' >/dev/null 2>&1 && break
        sleep 0.5
      done
    fi
    mariadb --no-defaults -uroot -h127.0.0.1 -P"$port" -e \
      "create database if not exists kefu_test character set utf8mb4 collate utf8mb4_unicode_ci;
       create database if not exists kefu character set utf8mb4 collate utf8mb4_unicode_ci;"
    echo "jdbc:mariadb://127.0.0.1:$port/kefu_test"
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      kill "$(cat "$dir/pid")" 2>/dev/null || true
      for _ in $(seq 1 40); do [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null || break; sleep 0.25; done
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop [port]" >&2; exit 2 ;;
esac
