#!/bin/sh
# Verifies the tamper-evident audit log (docs/SECURITY.md) against the database the application is
# configured for: pass the same environment, profile and --spring.* arguments as the running server.
# Exit code 0: intact; 1: the log names the first line that does not fit.
set -e
cd "$(dirname "$0")/.."
JAR=$(ls target/kefu-academy-*.jar | grep -v original | head -1)
exec java -jar "$JAR" --kefu.audit.verify=true --server.port=0 "$@"
