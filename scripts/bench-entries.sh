#!/usr/bin/env bash
# Shift-data write benchmark (see docs/benchmarks.md, "Shift data entry"): single production-entry creates through the
# HTTP API from concurrent clients on loopback (creates/s, latency percentiles) after a warm-up that lets the JIT
# compile the write path, then one batch of 10 000 entries.
# Runs on SQLite, and also on MariaDB / PostgreSQL when KPI_TEST_MARIADB_URL / KPI_TEST_POSTGRES_URL are set.
# KPI_BENCH_DATABASES=mariadb,postgres (a comma list of sqlite, mariadb, postgres) measures only those databases.
#
#   scripts/bench-entries.sh [seconds] [clients] [batch] [warm-up seconds]    e.g. scripts/bench-entries.sh 20 20 10000 120
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench-entries.txt target/failsafe-reports
mvn -B -q verify -Dweb.skip -Dit.test=EntryBenchmark -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkpi.bench.seconds="${1:-20}" -Dkpi.bench.clients="${2:-20}" -Dkpi.bench.batch="${3:-10000}" -Dkpi.bench.warmup="${4:-120}" \
  -Dkpi.bench.databases="${KPI_BENCH_DATABASES:-}" \
  >target/bench-entries.log 2>&1 \
  || { tail -n 40 target/bench-entries.log; grep -h -A5 "<<<" target/failsafe-reports/*/*EntryBenchmark.txt 2>/dev/null; exit 1; }
cat target/bench-entries.txt
