package io.kpiops.matching;

import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.matching.ReadTimeMatch.Matched;
import io.kpiops.rollup.ProductionRollup;
import io.kpiops.support.Api;
import io.kpiops.support.Api.Part;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The downtime kept with each production entry stays what KPI.md §7 matches at read time, whatever path wrote the
 * entries and the downtime: after every write through the API — single, batch and import creates of both, updates
 * that move an entry or a record to another shift, line or order, deletes, events split at a shift boundary, a
 * reason changing class — the maintained columns equal {@link ReadTimeMatch}, the read-time match the KPI statement
 * made before ADR 0010. A write path that forgets the maintenance leaves a slice behind and fails here. The migration's
 * backfill is checked against the same reference.
 */
@IntegrationTest
class MatchedDowntimeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MatchedDowntime matched;

    @Autowired
    ProductionRollup rollup;

    Api api;
    String admin;
    long client;
    LocalDate d;
    long day;
    long evening;
    long night;
    long line1;
    long line2;
    long order;
    long product;

    @Test
    void everyWritePathKeepsTheMatchedDowntimeOfTheEntries() {
        plant();
        String dd = d.toString();

        long p1 = created(api.post("/api/production", entry(dd, day, line1, null), bearer(admin)));
        long p2 = created(api.post("/api/production", entry(dd, day, line2, order), bearer(admin)));
        same();
        JsonNode batch = ok(api.post("/api/production/batch", Map.of("entries", List.of(entry(dd, evening, line1, null),
                entry(dd, night, line2, order), entry(d.plusDays(1).toString(), day, line1, null),
                entry(dd, day, null, order))), bearer(admin)));
        long p5 = batch.get("items").get(2).get("id").asLong();
        same();

        downtime(dd, day, line1, null, "BREAKDOWN", "08:00", "08:30", null); // matches p1
        downtime(dd, day, line2, order, "PLANNED_MAINTENANCE", null, null, 30); // p2, and the entry of the order without line
        long setup = downtime(dd, day, null, order, "SETUP_CHANGEOVER", null, null, 20).get(0).get("id").asLong();
        same();
        assertThat(matched(p1)).isEqualTo(new Matched(1, 0, 0, 30));
        assertThat(matched(p2)).isEqualTo(new Matched(2, 30, 20, 0));

        // Day 06–14 into Evening: one record in each shift, each matching the line's entry of its shift
        JsonNode split = downtime(dd, day, line1, null, "BREAKDOWN", "13:30", "14:30", null);
        assertThat(split).hasSize(2);
        same();
        // Night into the Day shift of the next production day
        assertThat(downtime(dd, night, line1, null, "MATERIAL_SHORTAGE", "05:30", "06:45", null)).hasSize(2);
        same();
        assertThat(matched(p5)).isEqualTo(new Matched(1, 0, 0, 45));

        ok(api.post("/api/downtime/batch", Map.of("entries", List.of(
                stop(dd, evening, line2, null, "MATERIAL_SHORTAGE", null, null, 15),
                stop(dd, night, null, order, "NO_ORDERS", null, null, 60),
                stop(dd, evening, null, order, "MEETING", "21:00", "22:30", null))), bearer(admin)));
        same();

        importCsv("production", """
                shift_date,shift,line,work_order_number,product,units_produced,run_time_hours,employees_assigned,defect_count,rework_count,scrap_count
                %1$s,Evening,L2,WO-M1,,200,6,4,0,0,0
                %1$s,Night,L1,,TEE,150,,3,0,0,0
                """.formatted(dd));
        same();
        importCsv("downtime", """
                production_date,shift,line,work_order_number,downtime_reason,downtime_start_time,end,downtime_duration_minutes
                %1$s,Night,L1,,breakdown,,,25
                %1$s,Evening,,WO-M1,Planned maintenance,,,45
                %1$s,Day,L2,,Setup / changeover,13:50,14:20,
                """.formatted(dd));
        same();

        // an entry moves to another shift, line and order; another loses its order
        update("/api/production/" + p1, Map.of("shift_id", evening, "line_id", line2, "work_order_id", order));
        same();
        update("/api/production/" + p2, Map.of("work_order_id", "", "shift_id", night));
        same();
        // a record moves to another shift and line, another to the next day
        long moved = split.get(0).get("id").asLong();
        update("/api/downtime/" + moved, Map.of("shift_id", evening, "line_id", line2, "start_time", "15:00",
                "end_time", "15:40"));
        same();
        update("/api/downtime/" + setup, Map.of("shift_date", d.plusDays(1).toString(), "work_order_id", "",
                "line_id", line1));
        same();

        delete("/api/downtime/" + split.get(1).get("id").asLong());
        same();
        delete("/api/production/" + batch.get("items").get(0).get("id").asLong());
        same();

        // breakdowns become planned, setup / changeover stops being setup
        reclassify("BREAKDOWN", true, false);
        same();
        reclassify("SETUP_CHANGEOVER", false, false);
        same();

        // the migration's backfill, and the recompute of a range of days (data loaded in bulk), fill the same values
        forget();
        jdbc.update(backfill());
        same();
        forget();
        matched.recomputeDays(client, d, d.plusDays(1));
        same();

        Map<Long, Matched> all = ReadTimeMatch.reference(jdbc, client);
        assertThat(all.values().stream().filter(m -> m.records() > 0).count()).as(all.toString()).isGreaterThanOrEqualTo(6);
        assertThat(all.values().stream().mapToLong(Matched::planned).sum()).isPositive();
        assertThat(all.values().stream().mapToLong(Matched::unplanned).sum()).isPositive();
    }

    /** The maintained columns of the client's live entries equal the read-time match. */
    @Test
    void concurrentWritesOfOneShiftEachSeeTheOthers() throws Exception {
        plant();
        String dd = d.toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Response>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Long line = i % 4 < 2 ? line1 : line2;
                Long wo = i % 3 == 0 ? order : null;
                sent.add(pool.submit(() -> api.post("/api/production", entry(dd, day, line, wo), bearer(admin))));
                sent.add(pool.submit(() -> api.post("/api/downtime", stop(dd, day, line, wo, "BREAKDOWN", null, null, 10),
                        bearer(admin))));
            }
            for (java.util.concurrent.Future<Response> f : sent) {
                Response r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        same();
        assertThat(ReadTimeMatch.maintained(jdbc, client).values().stream().mapToLong(Matched::records).sum())
                .isPositive();
    }

    private void same() {
        assertThat(ReadTimeMatch.maintained(jdbc, client)).isEqualTo(ReadTimeMatch.reference(jdbc, client));
        rollupKeptUp();
    }

    /**
     * The daily roll-up (ADR 0018) as the writes left it — rebuilt on the days they marked stale, as a trend does —
     * equals one rebuilt from every entry: a write path that forgets to mark its days leaves stale sums and fails here.
     */
    private void rollupKeptUp() {
        LocalDate from = d.minusDays(7);
        LocalDate to = d.plusDays(7);
        rollup.refresh(client, from, to);
        List<String> kept = rollupRows();
        jdbc.update("DELETE FROM production_day_rollup WHERE client_id = ?", client);
        rollup.markStale(client, from, to);
        rollup.refresh(client, from, to);
        assertThat(kept).isEqualTo(rollupRows());
    }

    private List<String> rollupRows() {
        return jdbc.query("""
                SELECT shift_date, shift_id, product_id, line_key, run_class, crew_class, entries, units, defects,
                       run_centi, planned_minutes, setup_minutes, unplanned_minutes, crew, crew_planned_minutes,
                       crew_setup_minutes
                FROM production_day_rollup WHERE client_id = ?
                ORDER BY shift_date, shift_id, product_id, line_key, run_class, crew_class""", (rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= 16; c++) {
                row.append(rs.getString(c)).append(' ');
            }
            return row.toString();
        }, client);
    }

    private void forget() {
        jdbc.update("UPDATE production_entries SET matched_downtime_records = 0, matched_planned_minutes = 0,"
                + " matched_setup_minutes = 0, matched_unplanned_minutes = 0 WHERE client_id = ?", client);
        assertThat(ReadTimeMatch.maintained(jdbc, client)).isNotEqualTo(ReadTimeMatch.reference(jdbc, client));
    }

    /** The UPDATE of migration V16 that filled the columns of the entries recorded before them. */
    private static String backfill() {
        try (var in = MatchedDowntimeIT.class.getResourceAsStream("/db/migration/V16__production_matched_downtime.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.substring(sql.indexOf("UPDATE production_entries"), sql.lastIndexOf(';'));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Matched matched(long entry) {
        return jdbc.queryForObject("""
                SELECT matched_downtime_records, matched_planned_minutes, matched_setup_minutes, matched_unplanned_minutes
                FROM production_entries WHERE id = ?""", (rs, i) -> new Matched(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4)), entry);
    }

    private void plant() {
        api = new Api(port);
        admin = api.adminToken();
        long n = System.nanoTime() % 1_000_000;
        client = api.createClient(admin, "MD" + n);
        d = Api.plantToday().minusDays(2);
        day = shift("Day", "06:00", "14:00");
        evening = shift("Evening", "14:00", "22:00");
        night = shift("Night", "22:00", "06:00");
        line1 = created(api.post("/api/lines", Map.of("client_id", client, "code", "L1", "name", "Line 1"), bearer(admin)));
        line2 = created(api.post("/api/lines", Map.of("client_id", client, "code", "L2", "name", "Line 2"), bearer(admin)));
        product = created(api.post("/api/products", Map.of("client_id", client, "code", "TEE", "name", "T-shirt",
                "ideal_cycle_time_hours", 0.02), bearer(admin)));
        order = created(api.post("/api/work-orders", Map.of("client_id", client, "number", "WO-M1", "product_id", product,
                "planned_quantity", 5000), bearer(admin)));
    }

    private long shift(String name, String start, String end) {
        return created(api.post("/api/shifts", Map.of("client_id", client, "name", name, "start", start, "end", end,
                "breaks", List.of()), bearer(admin)));
    }

    private Map<String, Object> entry(String date, long shift, Long line, Long workOrder) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "shift_date", date, "shift_id", shift,
                "product_id", product, "units_produced", 300, "run_time_hours", "6.5", "employees_assigned", 4,
                "defect_count", 0));
        if (line != null) {
            body.put("line_id", line);
        }
        if (workOrder != null) {
            body.put("work_order_id", workOrder);
        }
        return body;
    }

    private Map<String, Object> stop(String date, long shift, Long line, Long workOrder, String reason, String start,
            String end, Integer minutes) {
        Map<String, Object> body = new HashMap<>(Map.of("client_id", client, "shift_date", date, "shift_id", shift,
                "reason_id", reason(reason)));
        if (line != null) {
            body.put("line_id", line);
        }
        if (workOrder != null) {
            body.put("work_order_id", workOrder);
        }
        if (start != null) {
            body.put("start_time", start);
            body.put("end_time", end);
        }
        if (minutes != null) {
            body.put("duration_minutes", minutes);
        }
        return body;
    }

    /** Records one event; the records written (two when it crossed a shift boundary). */
    private JsonNode downtime(String date, long shift, Long line, Long workOrder, String reason, String start, String end,
            Integer minutes) {
        Response r = api.post("/api/downtime", stop(date, shift, line, workOrder, reason, start, end, minutes),
                bearer(admin));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("items");
    }

    /** Puts the record back with changes ("" removes a field). */
    private void update(String path, Map<String, Object> changes) {
        JsonNode current = ok(api.get(path, bearer(admin)));
        Map<String, Object> body = new HashMap<>();
        Set<String> fields = Set.of("client_id", "shift_date", "shift_id", "line_id", "work_order_id", "job_id",
                "product_id", "units_produced", "run_time_hours", "employees_assigned", "employees_present",
                "defect_count", "rework_count", "scrap_count", "reason_id", "start_time", "end_time", "duration_minutes",
                "version");
        current.properties().forEach(e -> {
            if (fields.contains(e.getKey()) && !e.getValue().isNull()) {
                body.put(e.getKey(), Api.JSON.treeToValue(e.getValue(), Object.class));
            }
        });
        changes.forEach((k, v) -> {
            if ("".equals(v)) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        if (changes.containsKey("start_time")) {
            body.remove("duration_minutes");
        }
        ok(api.put(path, body, bearer(admin)));
    }

    private void delete(String path) {
        long version = ok(api.get(path, bearer(admin))).get("version").asLong();
        Response r = api.send("DELETE", path + "?version=" + version, null, null, bearer(admin));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    private void reclassify(String code, boolean planned, boolean setup) {
        JsonNode r = ok(api.get("/api/downtime-reasons/" + reason(code), bearer(admin)));
        ok(api.put("/api/downtime-reasons/" + reason(code), Map.of("name", r.get("name").asString(),
                "category", r.get("category").asString(), "planned", planned, "setup", setup, "active", true,
                "version", r.get("version").asLong()), bearer(admin)));
    }

    private void importCsv(String type, String csv) {
        Response uploaded = api.multipart("POST", "/api/imports", List.of(Part.field("type", type),
                Part.field("client_id", client), Part.file("file", type + ".csv", csv.getBytes(StandardCharsets.UTF_8))),
                bearer(admin));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode done = ok(api.post("/api/imports/" + uploaded.json().get("import_id").asLong() + "/commit",
                Map.of("mode", "all_or_nothing"), bearer(admin)));
        assertThat(done.get("created").asInt()).as(done.toString()).isPositive();
    }

    private long reason(String code) {
        return api.downtimeReason(admin, client, code);
    }

    private static long created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r.json();
    }
}
