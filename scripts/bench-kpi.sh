#!/usr/bin/env bash
# KPI engine at plant scale (see docs/benchmarks.md, "KPI engine at plant scale"): generates seeded shift data for
# [clients] clients over [days] days ending today (100 production entries per client and day, with quality, downtime,
# holds and attendance), then times the dashboard's KPI queries through the HTTP API on loopback (p50/p95 of 10 after
# 2 warm-ups). Runs on SQLite, and also on MariaDB / PostgreSQL when KPI_TEST_MARIADB_URL / KPI_TEST_POSTGRES_URL are set.
#
# KPI_BENCH_DATABASES=mariadb,postgres (a comma list of sqlite, mariadb, postgres) times only those databases.
#
#   scripts/bench-kpi.sh [clients] [days]    e.g. scripts/bench-kpi.sh 50 730
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/bench-kpi.txt
mvn -B -q verify -Dweb.skip -Dit.test=KpiBenchmark -Dtest=NoUnit -Dsurefire.failIfNoSpecifiedTests=false \
  -Dkpi.bench.clients="${1:-50}" -Dkpi.bench.days="${2:-730}" -Dkpi.bench.databases="${KPI_BENCH_DATABASES:-}" \
  >target/bench-kpi.log 2>&1 \
  || { tail -n 40 target/bench-kpi.log; grep -h -A5 "<<<" target/failsafe-reports/*/*KpiBenchmark.txt 2>/dev/null; exit 1; }
cat target/bench-kpi.txt
