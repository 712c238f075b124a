#!/usr/bin/env bash
# Measures /import of large CSV files on the embedded store: preview, confirmed import, and the same file again.
# Prints a Markdown table. Usage: scripts/benchmark-import.sh [rows=5000] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile dependency:build-classpath -pl bot -am -Dspotless.check.skip=true \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
# This build's own classes first, before anything of the same name in the local repository
cp="bot/target/test-classes:bot/target/classes:commands/target/test-classes:commands/target/classes:domain/target/classes:storage/target/classes:$(cat bot/target/bench.classpath)"
exec "$java_bin" -cp "$cp" nl.regiotafel.bot.bench.ImportBenchmark "$@"
