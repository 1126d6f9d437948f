#!/usr/bin/env bash
# Measures what a new user meets: jar size, time from `java -jar` to ready (readiness probe answering 200) on an
# empty SQLite database (migrations + demo data included), and heap in use after start (after a full GC).
# Usage: scripts/measure-startup.sh [runs]   (build the jar first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=target/kpi-operations.jar
# a JDK 21+ (the default java may be older)
. scripts/jdk.sh
port=18080
echo "jar: $(du -h "$jar" | cut -f1) ($(stat -c %s "$jar") bytes)"
echo "java: $("$java_bin/java" -version 2>&1 | head -n 1)"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  SERVER_PORT=$port KPI_DB_URL="jdbc:sqlite:$dir/kpi.db" "$java_bin/java" -jar "$jar" >"$dir/log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "server died"; tail -20 "$dir/log"; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  "$java_bin/jcmd" $pid GC.run >/dev/null
  heap=$("$java_bin/jcmd" $pid GC.heap_info | grep -Eo 'used [0-9]+K' | head -n 1 | grep -Eo '[0-9]+')
  rss=$(ps -o rss= -p $pid | tr -d ' ')
  echo "run $i: ready in ${ready_ms} ms; heap used after GC $((heap / 1024)) MiB; RSS $((rss / 1024)) MiB"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
done
