package io.kpiops.kpi;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogSetup;
import io.kpiops.matching.MatchedDowntime;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.rollup.ProductionRollup;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestDatabase;
import io.kpiops.workorders.WorkOrderSetup;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The KPI engine at plant scale: generates {@link KpiBenchData} for kpi.bench.clients clients (default 50) over
 * kpi.bench.days days (default 730) ending today, then times the KPI queries a dashboard makes through the HTTP API on
 * loopback, as a leader of the first five clients and as the admin (all clients pooled): after the load the tables are
 * analysed (as autovacuum / persistent statistics would in a running plant), then 3 warm-ups and kpi.bench.runs (50)
 * timed repetitions of each query (p50, p95), with the heap used while serving them. Not part of
 * the test suite (the name does not end in IT): run it with scripts/bench-kpi.sh. Figures go to target/bench-kpi.txt.
 */
@IntegrationTest
class KpiBenchmark {

    private static final int WARM_UPS = 3;
    private static final int REPETITIONS = Integer.getInteger("kpi.bench.runs", 50);

    @LocalServerPort
    int port;
    @Autowired
    CatalogSetup catalog;
    @Autowired
    CatalogLookup lookup;
    @Autowired
    WorkOrderSetup workOrders;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcValues values;
    @Autowired
    MatchedDowntime matched;
    @Autowired
    ProductionRollup rollup;

    @Test
    void measure() throws Exception {
        String databases = System.getProperty("kpi.bench.databases", "");
        Assumptions.assumeTrue(databases.isBlank() || List.of(databases.split(",")).contains(TestDatabase.vendor()),
                "kpi.bench.databases leaves out " + TestDatabase.vendor());
        int clientCount = Integer.getInteger("kpi.bench.clients", 50);
        int days = Integer.getInteger("kpi.bench.days", 730);
        Api api = new Api(port);
        String admin = api.adminToken();
        List<Long> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(api.createClient(admin, String.format("C%03d", i)));
        }
        LocalDate today = Api.plantToday();
        long started = System.nanoTime();
        KpiBenchData.Counts n = new KpiBenchData(catalog, lookup, workOrders, dataSource, values, matched, rollup)
                .write(clients, days, today, this::analyse);
        long generationMs = (System.nanoTime() - started) / 1_000_000;
        List<String> out = new ArrayList<>();
        out.add(String.format("java %s, %d cores | %s | %d clients x %d days: %,d rows (production %,d, quality %,d, "
                + "downtime %,d, attendance %,d, holds %,d, work orders %,d) in %.1f s (plant models and orders "
                + "%.1f s, shift data %.1f s, %,.0f rows/s, matched downtime of the production entries %.1f s, daily roll-up %.1f s)",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), TestDatabase.vendor(),
                clientCount, days, n.total(), n.production(), n.quality(), n.downtime(), n.attendance(), n.holds(),
                n.orders(), generationMs / 1e3, n.setupMs() / 1e3, n.writeMs() / 1e3,
                (n.total() - n.orders()) / (n.writeMs() / 1e3), n.matchMs() / 1e3, n.rollupMs() / 1e3));
        print(out.getLast());

        analyse();
        String dump = System.getProperty("kpi.bench.dump");
        if (dump != null && TestDatabase.vendor().equals("sqlite")) {
            // -Dkpi.bench.dump=FILE keeps a copy of the SQLite data set, to study query plans with the sqlite3 shell
            try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("VACUUM INTO '" + dump.replace("'", "''") + "'");
            }
        }
        long[] pool = clients.stream().limit(5).mapToLong(Long::longValue).toArray();
        api.createUser(admin, "benchleader", "leader", "Leader!Plant26", pool);
        String token = api.token("benchleader", "Leader!Plant26");
        String one = "client_id=" + clients.getFirst();
        String five = Arrays.stream(pool).mapToObj(c -> "client_id=" + c).collect(Collectors.joining("&"));
        Map<String, String> queries = new LinkedHashMap<>();
        String all = clients.stream().map(c -> "client_id=" + c).collect(Collectors.joining("&"));
        queries.put("summary, 1 client, 1 month", "/api/kpi/summary?" + one + window(today, 30));
        queries.put("summary, 1 client, 3 months", "/api/kpi/summary?" + one + window(today, 91));
        queries.put("summary, 1 client, 1 year", "/api/kpi/summary?" + one + window(today, 365));
        queries.put("OEE day trend + forecast 14, 1 year",
                "/api/kpi/oee/trend?" + one + window(today, 365) + "&granularity=day&forecast=14");
        queries.put("OEE week trend + forecast 4, 1 year",
                "/api/kpi/oee/trend?" + one + window(today, 365) + "&granularity=week&forecast=4");
        queries.put("OEE group_by=line, 3 months", "/api/kpi/oee?" + one + window(today, 91) + "&group_by=line");
        queries.put("OEE group_by=day, 3 months", "/api/kpi/oee?" + one + window(today, 91) + "&group_by=day");
        queries.put("downtime Pareto, 3 months", "/api/kpi/downtime/pareto?" + one + window(today, 91));
        queries.put("summary, 5 clients pooled, 1 month", "/api/kpi/summary?" + five + window(today, 30));
        queries.put("summary, all clients pooled (admin), 1 month",
                "admin:/api/kpi/summary?" + all + window(today, 30));
        // the reports read the same engine: a one-month KPI summary file for one client (docs/benchmarks.md, "Reports")
        queries.put("report kpi-summary.pdf, 1 client, 1 month", "/api/reports/kpi-summary.pdf?" + one + window(today, 30));
        queries.put("report kpi-summary.xlsx, 1 client, 1 month",
                "/api/reports/kpi-summary.xlsx?" + one + window(today, 30));
        // the data must give the engine something to compute: every KPI of the month has a value
        Response month = api.get(queries.values().iterator().next(), bearer(token));
        for (String kpi : List.of("availability", "performance", "quality_rate", "oee", "fpy", "absenteeism")) {
            assertThat(month.json().at("/clients/0/kpis/" + kpi + "/value").isNumber()).as(kpi + ": " + month.text())
                    .isTrue();
        }
        out.add(String.format("%-8s 1-month OEE %.2f %% (availability %.2f, performance %.2f, quality %.2f)",
                TestDatabase.vendor(), month.json().at("/clients/0/kpis/oee/value").asDouble(),
                month.json().at("/clients/0/kpis/availability/value").asDouble(),
                month.json().at("/clients/0/kpis/performance/value").asDouble(),
                month.json().at("/clients/0/kpis/quality_rate/value").asDouble()));
        print(out.getLast());
        // a trend reads the window's per-product detail only when its total warns (ProductionKpis.warnsByName)
        Response yearTrend = api.get(queries.get("OEE day trend + forecast 14, 1 year"), bearer(token));
        out.add(String.format("%-8s 1-year OEE day trend: total %s %%, warnings %s", TestDatabase.vendor(),
                yearTrend.json().at("/total/value").asString(), yearTrend.json().at("/total/warnings")));
        print(out.getLast());
        System.gc();
        long baseline = heapUsed();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        String only = System.getProperty("kpi.bench.only", "");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            if (!q.getKey().contains(only)) {
                continue; // -Dkpi.bench.only=TEXT times only the queries whose name contains TEXT (for profiling)
            }
            double[] ms = new double[REPETITIONS];
            long cpuStart = 0;
            boolean asAdmin = q.getValue().startsWith("admin:");
            String path = asAdmin ? q.getValue().substring("admin:".length()) : q.getValue();
            for (int i = 0; i < WARM_UPS + REPETITIONS; i++) {
                long t = System.nanoTime();
                Response r = api.get(path, bearer(asAdmin ? admin : token));
                double elapsed = (System.nanoTime() - t) / 1e6;
                assertThat(r.status()).as(q.getKey() + ": " + r).isEqualTo(200);
                if (i >= WARM_UPS) {
                    ms[i - WARM_UPS] = elapsed;
                }
                if (i == WARM_UPS - 1) {
                    cpuStart = processCpuNanos();
                }
            }
            double cpuMs = (processCpuNanos() - cpuStart) / 1e6 / REPETITIONS;
            Arrays.sort(ms);
            out.add(String.format("%-8s %-46s p50 %7.1f ms, p95 %7.1f ms, cpu %6.1f ms", TestDatabase.vendor(),
                    q.getKey(), percentile(ms, 50), percentile(ms, 95), cpuMs));
            print(out.getLast());
        }
        long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
        System.gc();
        print(String.format("%-8s heap: %d MB live before the queries, %d MB live after, peak %d MB used while serving "
                + "them (max %d MB; young-generation garbage included in the peak)", TestDatabase.vendor(),
                baseline >> 20, heapUsed() >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20));
        assertThat(n.production()).isEqualTo((long) clientCount * days * KpiBenchData.ENTRIES_PER_DAY);
    }

    /**
     * Fresh statistics for the planner and, on PostgreSQL, the visibility map, as a running database keeps them
     * (SQLite: ANALYZE; MariaDB per table; PostgreSQL VACUUM ANALYZE, as autovacuum does after inserts).
     */
    private void analyse() throws java.sql.SQLException {
        List<String> tables = List.of("production_entries", "quality_entries", "downtime_entries", "attendance_entries",
                "holds", "work_orders", "production_day_rollup");
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            switch (TestDatabase.vendor()) {
                case "mariadb" -> s.execute("ANALYZE TABLE " + String.join(", ", tables));
                // VACUUM too: it marks the pages all-visible, as autovacuum does after inserts, so that PostgreSQL
                // can answer from a covering index alone (index-only scan)
                case "postgres" -> s.execute("VACUUM ANALYZE");
                default -> s.execute("ANALYZE");
            }
        }
    }

    /**
     * CPU time of this JVM (server, load generator and, on SQLite, the database engine): per request it is what a
     * query costs whatever else runs on the shared machine, where wall-clock percentiles move with the load.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String window(LocalDate today, int days) {
        return "&from=" + today.minusDays(days - 1L) + "&to=" + today;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void print(String line) throws java.io.IOException {
        System.out.println(line);
        Files.writeString(Path.of("target", "bench-kpi.txt"), line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
