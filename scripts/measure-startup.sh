#!/usr/bin/env bash
# Measures start-up time to "ready" (first reply in the console) and resident memory of the packaged jar on the
# embedded defaults. Prints a Markdown table. Usage: scripts/measure-startup.sh [runs] (after ./mvnw package).
# JAR=path measures another jar; MANAGEMENT_SERVER_PORT=0 includes the management server (health, Prometheus).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=${JAR:-$PWD/bot/target/regiotafel.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
printf '| run | JDK | ready (ms) | RSS after ready (MB) |\n|---|---|---|---|\n'
for i in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  fifo=$work/in
  mkfifo "$fifo"
  start=$(date +%s%N)
  (cd "$work" && "$java_bin" -jar "$jar" <"$fifo" >"$work/out" 2>"$work/err") &
  pid=$!
  exec 3>"$fifo"
  echo "/help" >&3
  until grep -q "Regiotafel" "$work/out" 2>/dev/null; do sleep 0.02; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  jpid=$(pgrep -P "$pid" java || echo "$pid")
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$jpid/status" 2>/dev/null || echo "?")
  exec 3>&-
  wait "$pid" || true
  version=$("$java_bin" -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
  printf '| %s | %s | %s | %s |\n' "$i" "$version" "$ready" "$rss"
  rm -rf "$work"
done
