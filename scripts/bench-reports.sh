#!/usr/bin/env bash
# Reports on the demo data (see docs/benchmarks.md, "Reports"): starts the jar on a fresh SQLite file (migrations +
# demo data) with a bounded heap, then times a one-month KPI summary as PDF and as workbook for one client through
# the HTTP API on loopback (p50 and max of [runs] after 3 warm-ups each), and reports the largest heap still in use
# after a garbage collection while the reports ran (what the reports hold, from the GC log) and the process's peak RSS;
# a small heap limit (e.g. 128m) shows the memory is bounded.
#
#   scripts/bench-reports.sh [runs] [heap]    e.g. scripts/bench-reports.sh 10 256m   (build the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
heap="${2:-256m}"
jar=target/kpi-operations.jar
port="${KPI_BENCH_PORT:-18101}"
. scripts/jdk.sh
dir=$(mktemp -d)
SERVER_PORT=$port KPI_DB_URL="jdbc:sqlite:$dir/kpi.db" KPI_AUTH_RATE_LIMIT=1000 \
  "$java_bin/java" -Xmx"$heap" -Xlog:gc:file="$dir/gc.log" -jar "$jar" >"$dir/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "server died"; tail -20 "$dir/log"; exit 1; }
  sleep 0.2
done
base="http://localhost:$port"
token=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{"username":"admin","password":"Admin!Plant26"}' \
  "$base/api/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
client=$(curl -fs -H "Authorization: Bearer $token" "$base/api/clients?size=1&sort=code,asc" \
  | sed -E 's/^\{"items":\[\{"id":([0-9]+),"code":"([^"]+)".*/\1 \2/')
# last month: the demo data covers the weeks before today
from=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
to=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
echo "java: $("$java_bin/java" -version 2>&1 | head -n 1); heap limit $heap; client ${client#* } (id ${client%% *}); $from – $to"
gc_before=$(wc -l <"$dir/gc.log")
for format in pdf xlsx; do
  url="$base/api/reports/kpi-summary.$format?client_id=${client%% *}&from=$from&to=$to"
  for _ in 1 2 3; do curl -fs -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  times=()
  for _ in $(seq 1 "$runs"); do
    times+=("$(curl -fs -o "$dir/out.$format" -w '%{time_total}' -H "Authorization: Bearer $token" "$url")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  p50=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
  max=$(echo "$sorted" | tail -n 1)
  echo "kpi-summary.$format: $(stat -c %s "$dir/out.$format") bytes; p50 ${p50} s, max ${max} s over $runs runs"
done
gc=$(tail -n +"$((gc_before + 1))" "$dir/gc.log")
live=$(echo "$gc" | grep -Eo -- '->[0-9]+M' | tr -d '>M-' | sort -n | tail -n 1 || true)
echo "while the reports ran: $(echo "$gc" | grep -c 'Pause') GC pauses; largest heap left after a GC ${live:-n/a} MiB (limit $heap)"
echo "process peak RSS: $(( $(grep VmHWM /proc/$pid/status | grep -Eo '[0-9]+') / 1024 )) MiB"
