#!/usr/bin/env bash
# Measures start-up time to "ready" (first reply in the console) and resident memory of the packaged bot on the
# embedded defaults. Prints a Markdown table. Usage: scripts/measure-startup.sh [runs] [JVM flags] (after ./mvnw package).
# JAR=path measures another jar; MANAGEMENT_SERVER_PORT=0 includes the management server (health, Prometheus).
# The measuring side (scripts/MeasureStartup.java) waits blocked on the bot's output: an earlier version of this script
# polled with grep and sleep 50 times a second, which on two cores took CPU from the bot (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
jar=${JAR:-$PWD/bot/target/regiotafel.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java_bin" scripts/MeasureStartup.java "$jar" "$runs" "$@"
