package io.kpiops.imports;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures the import pipeline through the HTTP API for a generated file per type: upload (parse, validate, store the
 * preview), a fix of one row (which validates the whole file again), the commit (validate again, create every
 * record), and the commit of a second file changing every record (updates). Not part of the test suite (its name
 * does not end in IT): run it with scripts/bench-imports.sh. System properties: kpi.bench.rows (default 100000),
 * kpi.bench.types (default products), kpi.bench.format (csv or xlsx, default csv).
 */
@IntegrationTest
class ImportBenchmark {

    static final List<BenchmarkFile> FILES = List.of(BenchmarkFile.PRODUCTS, BenchmarkFile.WORK_ORDERS);
    static final int WARM_UP_ROWS = 10_000;

    @LocalServerPort
    int port;

    @Test
    void measure() throws IOException {
        int rows = Integer.getInteger("kpi.bench.rows", 100_000);
        String format = System.getProperty("kpi.bench.format", "csv");
        List<String> wanted = List.of(System.getProperty("kpi.bench.types", "products").split(","));
        Api api = new Api(port);
        String admin = api.adminToken();
        for (BenchmarkFile file : FILES) {
            if (!wanted.contains(file.type())) {
                continue;
            }
            run(api, admin, file, WARM_UP_ROWS, format, "WARM" + FILES.indexOf(file)); // JIT warm-up, not reported
            String line = String.format("java %s, %d cores | %-8s %-10s %s ", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), TestDatabase.vendor(), file.type(), format)
                    + run(api, admin, file, rows, format, "BENCH" + FILES.indexOf(file));
            System.out.println(line);
            Files.writeString(Path.of("target", "bench-imports.txt"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private String run(Api api, String admin, BenchmarkFile file, int rows, String format, String clientCode) throws IOException {
        long client = api.createClient(admin, clientCode);
        file.prepare(api, admin, client);
        byte[] content = content(file, rows, format, file::row);
        byte[] changed = file.updates() ? content(file, rows, format, file::changedRow) : null;

        long t0 = System.nanoTime();
        long id = upload(api, admin, file, client, format, content, rows);
        long t1 = System.nanoTime();
        Response fix = api.send("PATCH", "/api/imports/" + id + "/rows/2", Map.of("values", Map.of(file.fixColumn(), "Fixed")),
                "application/json", bearer(admin));
        long t2 = System.nanoTime();
        assertThat(fix.status()).as(fix.toString()).isEqualTo(200);
        Response commit = api.post("/api/imports/" + id + "/commit", Map.of("mode", "all_or_nothing"), bearer(admin));
        long t3 = System.nanoTime();
        assertThat(commit.status()).as(commit.toString()).isEqualTo(200);
        assertThat(commit.json().get("created").asInt()).isEqualTo(rows);

        long t4 = 0;
        long t5 = 0;
        if (file.updates()) {
            long again = upload(api, admin, file, client, format, changed, rows);
            t4 = System.nanoTime();
            Response update = api.post("/api/imports/" + again + "/commit", Map.of("mode", "valid_only"), bearer(admin));
            t5 = System.nanoTime();
            assertThat(update.json().get("updated").asInt()).isEqualTo(rows);
        }

        return String.format("%,8d rows (%.1f MB) | upload+validate+store %6.2f s = %,7.0f rows/s | fix one row %5.2f s"
                + " | commit (creates) %6.2f s = %,7.0f rows/s | commit (updates) %s",
                rows, content.length / 1e6, s(t0, t1), rows / s(t0, t1), s(t1, t2), s(t2, t3), rows / s(t2, t3),
                file.updates() ? String.format("%6.2f s = %,7.0f rows/s", s(t4, t5), rows / s(t4, t5)) : "n/a (creates only)");
    }

    private static long upload(Api api, String admin, BenchmarkFile file, long client, String format, byte[] content, int rows) {
        Response preview = api.multipart("POST", "/api/imports", List.of(Part.field("type", file.type()),
                Part.field("client_id", client), Part.file("file", file.type() + "." + format, content)), bearer(admin));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(201);
        assertThat(preview.json().get("valid_rows").asInt()).isEqualTo(rows);
        return preview.json().get("import_id").asLong();
    }

    private static byte[] content(BenchmarkFile file, int rows, String format, IntFunction<List<String>> row) throws IOException {
        if (format.equals("xlsx")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
                Sheet sheet = wb.createSheet(file.type());
                write(sheet.createRow(0), file.header());
                for (int i = 0; i < rows; i++) {
                    write(sheet.createRow(i + 1), row.apply(i));
                }
                wb.write(out);
            }
            return out.toByteArray();
        }
        CsvOutput csv = new CsvOutput().line(file.header());
        for (int i = 0; i < rows; i++) {
            csv.line(row.apply(i));
        }
        return csv.bytes();
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    private static double s(long from, long to) {
        return (to - from) / 1e9;
    }
}
