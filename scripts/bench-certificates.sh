#!/usr/bin/env bash
# Certificate rendering figures on this machine (cold, warm mean/median/p95, size, bulk of 200 into a ZIP).
#   scripts/bench-certificates.sh [warm-renders] [bulk-count]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.kefuacademy.certificate.CertificateBenchmark "${1:-300}" "${2:-200}"
