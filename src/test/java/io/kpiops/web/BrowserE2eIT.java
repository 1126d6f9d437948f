package io.kpiops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Playwright suite (web/e2e) in the system Chromium against the built jar, started as a user would start it
 * (java -jar, embedded SQLite in a fresh folder, demo data). Skipped when no Chromium is installed (CI installs one);
 * set KPI_E2E_REQUIRED=true to make a missing browser fail instead.
 */
class BrowserE2eIT {

    static final Path JAR = Path.of("target", "kpi-operations.jar");

    @Test
    void theBrowserSuitePassesAgainstTheJar() throws Exception {
        String chromium = System.getenv().getOrDefault("KPI_E2E_CHROMIUM", "/usr/bin/chromium");
        boolean required = Boolean.parseBoolean(System.getenv().getOrDefault("KPI_E2E_REQUIRED", "false"));
        if (!required) {
            assumeTrue(Files.isExecutable(Path.of(chromium)), "no Chromium at " + chromium);
        }
        assertThat(JAR).exists();
        assertThat(Path.of("web", "node_modules")).as("web dependencies (npm ci ran during the build)").exists();

        int port = freePort();
        Path data = Files.createTempDirectory("kpi-e2e-");
        Path log = data.resolve("server.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder server = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = server.environment();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("KPI_DB_URL", "jdbc:sqlite:" + data.resolve("kpi.db"));
        env.put("KPI_DEMO_DATA", "true");
        env.put("KPI_AUTH_RATE_LIMIT", "1000");
        Process app = server.start();
        try {
            waitUntilReady(port, app, log);
            // the suite's output is relayed line by line (inheriting the fork's stdout would corrupt Surefire's channel)
            ProcessBuilder e2e = new ProcessBuilder("npm", "run", "e2e").directory(Path.of("web").toFile())
                    .redirectErrorStream(true);
            e2e.environment().put("KPI_E2E_BASE_URL", "http://localhost:" + port);
            e2e.environment().put("KPI_E2E_CHROMIUM", chromium);
            e2e.environment().put("CI", "true");
            Process run = e2e.start();
            // failing and flaky tests are named in the assertion too: a CI log may keep only the summary
            List<String> failures = new ArrayList<>();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream()))) {
                lines.lines().forEach(line -> {
                    System.out.println(line);
                    if (line.contains("✘")) {
                        failures.add(line.strip());
                    }
                });
            }
            assertThat(run.waitFor(15, TimeUnit.MINUTES)).as("e2e suite finished in time").isTrue();
            assertThat(run.exitValue()).as("Playwright exit code (see the output above); failed runs: %s", failures).isZero();
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static void waitUntilReady(int port, Process app, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("server exited: %s", tail(log)).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server not ready after 120 s: " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
