package io.kpiops.production;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures shift-data writes through the HTTP API on loopback: single production-entry creates from 20 concurrent
 * clients (each create with its own Idempotency-Key, as the web app sends them) for a fixed time after a warm-up,
 * reporting creates per second, latency percentiles and CPU per create; then, for comparison, authenticated reads of the
 * caller's profile the same way; then one batch create of 10 000 entries. Not part of the test
 * suite (the name does not end in IT): run it with scripts/bench-entries.sh. System properties: kpi.bench.seconds
 * (default 20), kpi.bench.warmup (seconds, default 120), kpi.bench.clients (default 20), kpi.bench.batch (default 10000).
 */
@IntegrationTest
class EntryBenchmark {

    private static final AtomicInteger KEYS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Test
    void measure() throws Exception {
        String databases = System.getProperty("kpi.bench.databases", "");
        Assumptions.assumeTrue(databases.isBlank() || List.of(databases.split(",")).contains(TestDatabase.vendor()),
                "kpi.bench.databases leaves out " + TestDatabase.vendor());
        int seconds = Integer.getInteger("kpi.bench.seconds", 20);
        int clients = Integer.getInteger("kpi.bench.clients", 20);
        int batch = Integer.getInteger("kpi.bench.batch", 10_000);
        Api api = new Api(port);
        String admin = api.adminToken();
        long client = api.createClient(admin, "BENCH" + System.nanoTime() % 10_000);
        long product = id(api.post("/api/products", Map.of("client_id", client, "code", "P1", "name", "P1",
                "ideal_cycle_time_hours", 0.01), bearer(admin)));
        long line = id(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "L1"), bearer(admin)));
        long shift = id(api.post("/api/shifts", Map.of("client_id", client, "name", "Day", "start", "06:00", "end",
                "14:00", "breaks", List.of()), bearer(admin)));
        String user = "bench" + System.nanoTime() % 100_000;
        api.createUser(admin, user, "operator", "Operator!Plant26", client);
        String token = api.token(user, "Operator!Plant26");
        String body = Api.JSON.writeValueAsString(Map.of("client_id", client, "shift_date",
                Api.plantToday().toString(), "shift_id", shift, "line_id", line, "product_id", product,
                "units_produced", 480, "run_time_hours", 7.5, "employees_assigned", 5, "defect_count", 3));

        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients, named("bench-http-")))
                .build();
        Supplier<HttpRequest> create = () -> request(token, "/api/production", body)
                .header("Idempotency-Key", "bench-" + System.nanoTime() + "-" + KEYS.incrementAndGet()).build();
        // warm-up, not reported: long enough for the JIT to compile the write path (a short one measures the compiler:
        // on two cores, C2 still takes a quarter to half a core 30 s in, and settles after about 100 s)
        run(http, create, 201, clients, Integer.getInteger("kpi.bench.warmup", 120));
        Result r = run(http, create, 201, clients, seconds);
        // for comparison, the stack's own cost: an authenticated read of the caller's profile (a few primary-key reads)
        // through the same filters
        Supplier<HttpRequest> me = () -> HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users/me"))
                .header("Authorization", "Bearer " + token).GET().build();
        run(http, me, 200, clients, 30);
        Result floor = run(http, me, 200, clients, Math.max(10, seconds / 2));
        String single = line("single creates", "create", clients, seconds, r);
        String read = line("authenticated reads (GET /api/users/me)", "read", clients, Math.max(10, seconds / 2), floor);

        List<Map<String, Object>> rows = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            rows.add(Map.of("client_id", client, "shift_date", Api.plantToday().toString(), "shift_id", shift,
                    "line_id", line, "product_id", product, "units_produced", i % 500, "run_time_hours", 7.5,
                    "defect_count", 0));
        }
        String batchBody = Api.JSON.writeValueAsString(Map.of("entries", rows));
        post(http, token, "/api/production/batch", Api.JSON.writeValueAsString(Map.of("entries", rows.subList(0, 1000))));
        long start = System.nanoTime();
        HttpResponse<String> done = post(http, token, "/api/production/batch", batchBody);
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(done.statusCode()).as(done.body().substring(0, Math.min(500, done.body().length()))).isEqualTo(201);
        String bulk = String.format("java %s, %d cores | %-8s batch create of %d entries: %.0f ms (%.0f rows/s)",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), TestDatabase.vendor(),
                batch, ms, batch / ms * 1000);
        for (String out : List.of(single, read, bulk)) {
            System.out.println(out);
            Files.writeString(Path.of("target", "bench-entries.txt"), out + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        assertThat(r.errors()).isZero();
        assertThat(floor.errors()).isZero();
    }

    /**
     * One result line. The CPU times per request are comparable between runs on a busy machine, where the rate is
     * not: this JVM's (server and load generator), the load generator's alone (the client threads and the HTTP
     * client's), and the database server's.
     */
    private static String line(String what, String unit, int clients, int seconds, Result r) {
        return String.format("java %s, %d cores | %-8s %s: %d clients, %d s: %d done, %.0f/s, p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, errors %d | CPU per %s: JVM %.2f ms (load generator %.2f ms), database server %.2f ms",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), TestDatabase.vendor(),
                what, clients, seconds, r.count(), r.count() / (double) seconds, r.percentile(50), r.percentile(95),
                r.percentile(99), r.errors(), unit, r.perRequestMs(r.jvmCpuNanos()), r.perRequestMs(r.loadCpuNanos()),
                r.perRequestMs(r.databaseCpuNanos()));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return task -> new Thread(task, prefix + n.incrementAndGet());
    }

    /** CPU time of the load generator's threads that outlive a run: the HTTP client's executor and selector. */
    private static long httpClientCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("bench-http-") || t.getThreadName().startsWith("HttpClient-"))) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return sum;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time of the database server's processes on this machine (mariadbd, or postgres and its backends), read from
     * /proc; 0 for SQLite, which runs inside this JVM, or where /proc is not there.
     */
    private static long databaseServerCpuNanos() {
        long ticks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (comm.equals("mariadbd") || comm.equals("mysqld") || comm.equals("postgres")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        } catch (IOException noProc) {
            return 0;
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private record Result(int count, int errors, double[] latenciesMs, long jvmCpuNanos, long loadCpuNanos,
            long databaseCpuNanos) {
        double percentile(int p) {
            if (latenciesMs.length == 0) {
                return Double.NaN;
            }
            double[] sorted = latenciesMs.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        double perRequestMs(long nanos) {
            return nanos / 1e6 / Math.max(1, count);
        }
    }

    /** Sends the request from each client, one after another, for the given seconds; each client counts its own CPU. */
    private Result run(HttpClient http, Supplier<HttpRequest> request, int status, int clients, int seconds)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        AtomicLong clientCpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients, named("bench-client-"));
        long jvmBefore = processCpuNanos();
        long httpBefore = httpClientCpuNanos();
        long dbBefore = databaseServerCpuNanos();
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                List<Double> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == status) {
                        latencies.add((System.nanoTime() - t) / 1e6);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        long jvm = processCpuNanos() - jvmBefore;
        long load = clientCpu.get() + httpClientCpuNanos() - httpBefore;
        long db = databaseServerCpuNanos() - dbBefore;
        pool.shutdown();
        return new Result(all.size(), errors.get(), all.stream().mapToDouble(Double::doubleValue).toArray(), jvm, load, db);
    }

    private HttpResponse<String> post(HttpClient http, String token, String path, String body)
            throws IOException, InterruptedException {
        return http.send(request(token, path, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String token, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static long id(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }
}
