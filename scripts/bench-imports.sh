#!/usr/bin/env bash
# Import pipeline benchmark (see docs/benchmarks.md, "Import pipeline"): generates a file of N rows per import type,
# uploads it through the HTTP API, fixes one row, commits it, then imports it again (updates), and prints the times
# and rows per second. Runs on SQLite, and also on MariaDB / PostgreSQL when KPI_TEST_MARIADB_URL /
# KPI_TEST_POSTGRES_URL are set (as in .ci/run).
#
#   scripts/bench-imports.sh [rows] [types] [format]    e.g. scripts/bench-imports.sh 100000 products xlsx
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
types="${2:-products}"
format="${3:-csv}"
rm -f target/bench-imports.txt
mvn -B -q verify -Dweb.skip -Dit.test=ImportBenchmark -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkpi.bench.rows="$rows" -Dkpi.bench.types="$types" -Dkpi.bench.format="$format" >target/bench-imports.log 2>&1 \
  || { tail -n 40 target/bench-imports.log; grep -h -A5 "<<<" target/failsafe-reports/*/*ImportBenchmark.txt; exit 1; }
cat target/bench-imports.txt
