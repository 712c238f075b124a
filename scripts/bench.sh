#!/usr/bin/env bash
# Runs a benchmark harness from bot/src/test/java on the test classpath and prints its table.
# Usage: scripts/bench.sh ReminderBenchmark [args…]   (class in package nl.regiotafel.bot.bench)
set -euo pipefail
cd "$(dirname "$0")/.."
main=${1:?benchmark class, e.g. ReminderBenchmark}
shift
# One reactor run: the dependency plugin finds our own modules in it (a separate run would look for installed jars)
./mvnw -q -B ${MAVEN_OFFLINE:+-o} -Dspotless.check.skip=true -pl bot -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
# Our own modules come from their build directories, never from a jar in the local repository
deps=$(tr ':' '\n' <bot/target/bench.classpath | grep -v '/nl/regiotafel/' | paste -sd: -)
own=bot/target/test-classes:bot/target/classes:commands/target/test-classes:commands/target/classes:domain/target/classes:storage/target/classes
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java_bin" -Xmx2g -cp "$own:$deps" \
  "nl.regiotafel.bot.bench.$main" "$@"
