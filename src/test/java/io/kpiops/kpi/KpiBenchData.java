package io.kpiops.kpi;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogSetup;
import io.kpiops.catalog.CatalogSetup.BreakSpec;
import io.kpiops.matching.MatchedDowntime;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.rollup.ProductionRollup;
import io.kpiops.workorders.Priority;
import io.kpiops.workorders.WorkOrderSetup;
import io.kpiops.workorders.WorkOrderSetup.JobSpec;
import io.kpiops.workorders.WorkOrderSetup.OrderSpec;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The seeded plant-scale data of the KPI benchmark: per client a plant model (3 shifts, 34 lines, 10 products with
 * cycle times, the general defect types, 60 employees of whom 3 float; an entry is one line's
 * shift, so 100 a day need 34 lines) and one work order a month, written through
 * the set-up facades; then, for every day of the window, 100 production entries, a quality inspection for every second
 * one, a downtime record for each, attendance of every employee on their working days (5 of 7) and 3 holds a month,
 * written straight with JDBC batches of {@value #BATCH} rows, one transaction per batch (the shift data of years is
 * not typed in; the API's checks are not what is measured), and each client's entries are then given their matched
 * downtime in one recompute of the window, as the write paths would have. Same seed, same data.
 */
final class KpiBenchData {

    static final int BATCH = 5_000;
    static final int ENTRIES_PER_DAY = 100;
    static final int EMPLOYEES = 60;
    private static final int LINES = 34;
    private static final int PRODUCTS = 10;

    private static final String PRODUCTION = """
            INSERT INTO production_entries (client_id, shift_date, shift_id, line_id, work_order_id, job_id, product_id,
              units_produced, run_time_hours, employees_assigned, employees_present, defect_count, rework_count,
              scrap_count, entry_method, entered_by_name, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'BATCH', 'bench', 0, ?, ?)""";
    private static final String QUALITY = """
            INSERT INTO quality_entries (client_id, shift_date, shift_id, work_order_id, job_id, product_id,
              inspection_stage, units_inspected, units_passed_first_time, units_defective, total_defects, units_reworked,
              units_repaired, units_scrapped, entry_method, entered_by_name, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'BATCH', 'bench', 0, ?, ?)""";
    private static final String DOWNTIME = """
            INSERT INTO downtime_entries (client_id, shift_date, shift_id, line_id, work_order_id, reason_id,
              duration_minutes, entry_method, entered_by_name, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'BATCH', 'bench', 0, ?, ?)""";
    private static final String ATTENDANCE = """
            INSERT INTO attendance_entries (client_id, employee_id, shift_date, shift_id, scheduled_hours, actual_hours,
              is_absent, absence_type, absence_hours, late_minutes, live, entry_method, entered_by_name, version,
              created_at, updated_at)
            VALUES (?, ?, ?, ?, 7.25, ?, ?, ?, ?, ?, ?, 'BATCH', 'bench', 0, ?, ?)""";
    private static final String HOLD = """
            INSERT INTO holds (client_id, work_order_id, hold_reason_id, description, status, held_at, held_date,
              resumed_at, resumed_date, resumed_by_name, duration_hours, entry_method, entered_by_name, version,
              created_at, updated_at)
            VALUES (?, ?, ?, 'Benchmark hold', ?, ?, ?, ?, ?, ?, ?, 'BATCH', 'bench', 0, ?, ?)""";

    /** Rows written per table, and the time spent. */
    record Counts(long production, long quality, long downtime, long attendance, long holds, long orders,
            long setupMs, long writeMs, long matchMs, long rollupMs) {
        long total() {
            return production + quality + downtime + attendance + holds + orders;
        }
    }

    /** One client's plant: ids by index. */
    private record Plant(long client, long[] shifts, long[] lines, long[] products, double[] cycleTimes,
            long[] employees, long[] employeeShifts, long[] reasons, long[] holdReasons, long[] orders, long[] jobs) {}

    private final CatalogSetup catalog;
    private final CatalogLookup lookup;
    private final WorkOrderSetup workOrders;
    private final DataSource dataSource;
    private final JdbcValues values;
    private final MatchedDowntime matched;
    private final ProductionRollup rollup;

    KpiBenchData(CatalogSetup catalog, CatalogLookup lookup, WorkOrderSetup workOrders, DataSource dataSource,
            JdbcValues values, MatchedDowntime matched, ProductionRollup rollup) {
        this.rollup = rollup;
        this.catalog = catalog;
        this.lookup = lookup;
        this.workOrders = workOrders;
        this.dataSource = dataSource;
        this.values = values;
        this.matched = matched;
    }

    /** A step that talks to the database. */
    interface SqlStep {
        void run() throws SQLException;
    }

    /**
     * Writes the plants of the clients and {@code days} days of shift data ending on {@code today}, runs {@code
     * analyse} (fresh planner statistics, as a running database keeps them: right after a bulk load MariaDB may still
     * plan with an empty table's), then recomputes the entries' matched downtime as the app keeps it on write, and
     * builds the daily production roll-up.
     */
    Counts write(List<Long> clients, int days, LocalDate today, SqlStep analyse) throws SQLException {
        long t0 = System.nanoTime();
        LocalDate first = today.minusDays(days - 1L);
        List<Plant> plants = new ArrayList<>();
        for (long client : clients) {
            plants.add(plant(client, first, days));
        }
        long t1 = System.nanoTime();
        long[] n = new long[5];
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement prod = c.prepareStatement(PRODUCTION);
                    PreparedStatement qual = c.prepareStatement(QUALITY);
                    PreparedStatement down = c.prepareStatement(DOWNTIME);
                    PreparedStatement att = c.prepareStatement(ATTENDANCE);
                    PreparedStatement hold = c.prepareStatement(HOLD)) {
                Batches batches = new Batches(c, prod, qual, down, att, hold);
                for (Plant p : plants) {
                    Random random = new Random(p.client() * 7919L);
                    for (int d = 0; d < days; d++) {
                        LocalDate day = first.plusDays(d);
                        int month = Math.min(d / 30, p.orders().length - 1);
                        for (int i = 0; i < ENTRIES_PER_DAY; i++) {
                            writeEntry(batches, p, random, day, month, i, now);
                        }
                        for (int e = 0; e < p.employees().length; e++) {
                            if (e >= EMPLOYEES - 3 || (d + e) % 7 < 2) {
                                continue; // floaters are not scheduled; everyone else works 5 days of 7
                            }
                            writeAttendance(batches, p, random, day, e, now);
                        }
                        if (d % 10 == 5) {
                            writeHold(batches, p, random, day, month, d >= days - 10, now);
                        }
                    }
                }
                batches.flush();
                n = batches.counts;
            }
            c.setAutoCommit(true);
        }
        long t2 = System.nanoTime();
        analyse.run();
        long t3 = System.nanoTime();
        for (Plant p : plants) {
            matched.recomputeDays(p.client(), first, today);
        }
        long t4 = System.nanoTime();
        // the daily roll-up of every day, as the periodic rebuild leaves a running plant's (ADR 0018)
        for (Plant p : plants) {
            rollup.refresh(p.client(), first, today);
        }
        long t5 = System.nanoTime();
        long orders = plants.stream().mapToLong(p -> p.orders().length).sum();
        return new Counts(n[0], n[1], n[2], n[3], n[4], orders, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
    }

    private Plant plant(long client, LocalDate first, int days) {
        long[] shifts = {
            catalog.shift(client, "Day", "06:00", "14:00", List.of(new BreakSpec("Lunch", "10:00", 45))),
            catalog.shift(client, "Evening", "14:00", "22:00", List.of(new BreakSpec("Dinner", "18:00", 45))),
            catalog.shift(client, "Night", "22:00", "06:00", List.of(new BreakSpec("Meal", "02:00", 45)))};
        long[] lines = new long[LINES];
        for (int i = 0; i < LINES; i++) {
            lines[i] = catalog.line(client, "L" + (i + 1), "Line " + (i + 1));
        }
        long[] products = new long[PRODUCTS];
        double[] cycle = new double[PRODUCTS];
        for (int i = 0; i < PRODUCTS; i++) {
            cycle[i] = (2 + 4 * i) / 1000.0;
            products[i] = catalog.product(client, "P" + i, "Product " + i, BigDecimal.valueOf(2 + 4 * i, 3));
        }
        catalog.defectTemplate(client, "general_manufacturing");
        long[] employees = new long[EMPLOYEES];
        long[] employeeShifts = new long[EMPLOYEES];
        for (int i = 0; i < EMPLOYEES; i++) {
            boolean floating = i >= EMPLOYEES - 3;
            employeeShifts[i] = shifts[i % 3];
            employees[i] = catalog.employee(client, String.format("E%03d", i), "Employee " + i,
                    floating ? null : lines[i % LINES], shifts[i % 3], floating);
        }
        ClientCatalog cat = lookup.catalogOf(client);
        long[] reasons = cat.downtimeReasons().values().stream().filter(CatalogLookup.DowntimeReasonRef::active)
                .mapToLong(CatalogLookup.DowntimeReasonRef::id).sorted().toArray();
        long[] holdReasons = cat.holdReasons().values().stream().filter(CatalogLookup.HoldReasonRef::active)
                .mapToLong(CatalogLookup.HoldReasonRef::id).sorted().toArray();
        int months = Math.max(1, (days + 29) / 30);
        long[] orders = new long[months];
        long[] jobs = new long[months];
        for (int m = 0; m < months; m++) {
            LocalDate start = first.plusDays(30L * m);
            orders[m] = workOrders.create(new OrderSpec(client, "WO-" + m, products[m % PRODUCTS], Priority.NORMAL,
                    50_000, start, start.plusDays(35), start.plusDays(40), start, null),
                    List.of(new JobSpec(10, "MAKE", "Produce", null)));
        }
        return new Plant(client, shifts, lines, products, cycle, employees, employeeShifts, reasons, holdReasons,
                orders, jobs);
    }

    private void writeEntry(Batches b, Plant p, Random r, LocalDate day, int month, int i, Instant now)
            throws SQLException {
        int line = i % LINES;
        int shift = (i / LINES) % 3;
        int product = (i / 15) % PRODUCTS;
        // the month's order runs on line 1 (one entry per shift), the other lines make stock
        Long order = line == 0 ? p.orders()[month] : null;
        // each entry is one line's shift (34 lines x 3 shifts ≈ 100 a day): run time = 7.25 scheduled hours − downtime
        int lost = 3 + (int) Math.round(Math.abs(r.nextGaussian()) * 30);
        double run = (435 - lost) / 60.0;
        double performance = Math.clamp(0.85 + 0.06 * r.nextGaussian() - 0.04 * line / LINES, 0.5, 1.05);
        int units = (int) Math.round(performance * run / p.cycleTimes()[product]);
        int defects = (int) Math.round(units * (0.01 + 0.01 * r.nextDouble()));
        int rework = defects / 2;
        int crew = 4 + r.nextInt(4);
        PreparedStatement ps = b.prod;
        ps.setLong(1, p.client());
        values.date(ps, 2, day);
        ps.setLong(3, p.shifts()[shift]);
        ps.setLong(4, p.lines()[line]);
        JdbcValues.nullableLong(ps, 5, order);
        ps.setNull(6, java.sql.Types.BIGINT);
        ps.setLong(7, p.products()[product]);
        ps.setInt(8, units);
        // a few entries leave out the run time or the crew, for the engine to infer
        JdbcValues.nullable(ps, 9, i % 33 == 0 ? null : BigDecimal.valueOf(run).setScale(2, java.math.RoundingMode.HALF_EVEN),
                java.sql.Types.DECIMAL);
        JdbcValues.nullableInt(ps, 10, i % 29 == 0 ? null : crew);
        JdbcValues.nullableInt(ps, 11, i % 29 == 0 ? null : crew - (r.nextInt(8) == 0 ? 1 : 0));
        ps.setInt(12, defects);
        ps.setInt(13, rework);
        ps.setInt(14, defects - rework);
        JdbcValues.instant(ps, 15, now);
        JdbcValues.instant(ps, 16, now);
        b.add(0);
        if (i % 2 == 0) {
            PreparedStatement q = b.qual;
            q.setLong(1, p.client());
            values.date(q, 2, day);
            q.setLong(3, p.shifts()[shift]);
            JdbcValues.nullableLong(q, 4, order);
            q.setNull(5, java.sql.Types.BIGINT);
            q.setLong(6, p.products()[product]);
            q.setString(7, i % 6 == 0 ? "INCOMING" : i % 6 == 2 ? "IN_PROCESS" : "FINAL");
            int inspected = Math.max(1, units / 5);
            int defective = (int) Math.round(inspected * (0.005 + 0.02 * r.nextDouble()));
            q.setInt(8, inspected);
            q.setInt(9, inspected - defective);
            q.setInt(10, defective);
            q.setInt(11, defective + r.nextInt(2));
            q.setInt(12, defective / 2);
            q.setInt(13, defective - defective / 2);
            JdbcValues.instant(q, 14, now);
            JdbcValues.instant(q, 15, now);
            b.add(1);
        }
        PreparedStatement dt = b.down;
        dt.setLong(1, p.client());
        values.date(dt, 2, day);
        dt.setLong(3, p.shifts()[shift]);
        dt.setLong(4, p.lines()[line]);
        JdbcValues.nullableLong(dt, 5, order);
        // a skewed choice of reason, so that the Pareto has a head and a tail
        int reason = Math.min(p.reasons().length - 1, (int) Math.floor(Math.abs(r.nextGaussian()) * 3));
        dt.setLong(6, p.reasons()[reason]);
        dt.setInt(7, lost);
        JdbcValues.instant(dt, 8, now);
        JdbcValues.instant(dt, 9, now);
        b.add(2);
    }

    private void writeAttendance(Batches b, Plant p, Random r, LocalDate day, int e, Instant now) throws SQLException {
        PreparedStatement ps = b.att;
        boolean absent = r.nextInt(40) == 0;
        ps.setLong(1, p.client());
        ps.setLong(2, p.employees()[e]);
        values.date(ps, 3, day);
        ps.setLong(4, p.employeeShifts()[e]);
        JdbcValues.nullable(ps, 5, absent ? BigDecimal.ZERO : new BigDecimal("7.25"), java.sql.Types.DECIMAL);
        ps.setBoolean(6, absent);
        JdbcValues.nullable(ps, 7, absent ? "UNSCHEDULED_ABSENCE" : null, java.sql.Types.VARCHAR);
        JdbcValues.nullable(ps, 8, absent ? new BigDecimal("7.25") : null, java.sql.Types.DECIMAL);
        JdbcValues.nullableInt(ps, 9, !absent && r.nextInt(20) == 0 ? 10 : null);
        ps.setBoolean(10, true);
        JdbcValues.instant(ps, 11, now);
        JdbcValues.instant(ps, 12, now);
        b.add(3);
    }

    private void writeHold(Batches b, Plant p, Random r, LocalDate day, int month, boolean open, Instant now)
            throws SQLException {
        PreparedStatement ps = b.hold;
        Instant held = day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
        int hours = 4 + r.nextInt(60);
        Instant resumed = held.plusSeconds(hours * 3600L);
        ps.setLong(1, p.client());
        ps.setLong(2, p.orders()[month]);
        ps.setLong(3, p.holdReasons()[r.nextInt(p.holdReasons().length)]);
        ps.setString(4, open ? "ON_HOLD" : "RESUMED");
        JdbcValues.instant(ps, 5, held);
        values.date(ps, 6, day);
        JdbcValues.instant(ps, 7, open ? null : resumed);
        values.date(ps, 8, open ? null : day.plusDays(hours / 24));
        JdbcValues.nullable(ps, 9, open ? null : "bench", java.sql.Types.VARCHAR);
        JdbcValues.nullable(ps, 10, open ? null : BigDecimal.valueOf(hours), java.sql.Types.DECIMAL);
        JdbcValues.instant(ps, 11, now);
        JdbcValues.instant(ps, 12, now);
        b.add(4);
    }

    /** The open batches: each executed at {@value #BATCH} rows, and all committed together then. */
    private static final class Batches {
        final Connection c;
        final PreparedStatement prod;
        final PreparedStatement qual;
        final PreparedStatement down;
        final PreparedStatement att;
        final PreparedStatement hold;
        final long[] counts = new long[5];
        private final int[] pending = new int[5];
        private int sinceCommit;

        Batches(Connection c, PreparedStatement prod, PreparedStatement qual, PreparedStatement down,
                PreparedStatement att, PreparedStatement hold) {
            this.c = c;
            this.prod = prod;
            this.qual = qual;
            this.down = down;
            this.att = att;
            this.hold = hold;
        }

        void add(int table) throws SQLException {
            statement(table).addBatch();
            pending[table]++;
            counts[table]++;
            if (++sinceCommit >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (int t = 0; t < 5; t++) {
                if (pending[t] > 0) {
                    statement(t).executeBatch();
                    pending[t] = 0;
                }
            }
            c.commit();
            sinceCommit = 0;
        }

        private PreparedStatement statement(int table) {
            return switch (table) {
                case 0 -> prod;
                case 1 -> qual;
                case 2 -> down;
                case 3 -> att;
                default -> hold;
            };
        }
    }
}
