#!/usr/bin/env bash
# Checks content/scenarios and content/lexicon without starting the application or touching target/:
#   scripts/check-content.sh            every scenario and lexicon file
#   scripts/check-content.sh --reply 您好，我是客服小李……   what the reply analysis finds in a reply
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAVAC=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/javac
YAML=$(ls ~/.m2/repository/org/yaml/snakeyaml/*/snakeyaml-*.jar | grep -v sources | tail -1)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SRC=src/main/java/org/kefuacademy
"$JAVAC" -nowarn -d "$OUT" -cp "$YAML" $SRC/platform/Competence.java \
  $SRC/platform/content/{FrontMatter,FieldReader,SourceFile,ContentProblem}.java \
  $SRC/roleplay/engine/*.java $SRC/roleplay/reply/*.java scripts/ContentCheck.java
"$JAVA" -cp "$OUT:$YAML" ContentCheck "$@"
