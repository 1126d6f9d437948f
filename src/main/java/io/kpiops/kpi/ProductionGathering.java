package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.calc.Kpi;
import io.kpiops.kpi.calc.ProductionKpis;
import io.kpiops.kpi.calc.ProductionScope;
import io.kpiops.kpi.calc.ProductionTotals;
import io.kpiops.kpi.calc.SixBigLosses;
import io.kpiops.kpi.calc.Tally;
import io.kpiops.kpi.inference.ClientDefaults;
import io.kpiops.kpi.inference.Crew;
import io.kpiops.kpi.inference.CycleTime;
import io.kpiops.kpi.inference.Inference;
import io.kpiops.kpi.inference.InferenceRules;
import io.kpiops.kpi.inference.Resolved;
import io.kpiops.rollup.ProductionRollup;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Gathers the production KPIs of one client as pooled sums: one SQL query sums the entries of the scope per group
 * and per inference class (so every row's records share their inputs' rules and confidences), then the rules that
 * need history — best demonstrated rate per product and day, crew average per line, shift and day — are computed
 * from bounded per-product / per-line-and-shift queries, and the rows become {@link ProductionTotals} (see
 * {@link #gather}).
 */
@Component
class ProductionGathering {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    /** Shift length is always known: every shift has a definition. */
    private static final Resolved<BigDecimal> SHIFT_DEFINED = Resolved.given(BigDecimal.ONE);

    private final KpiSql sql;
    private final ProductionRollup rollup;

    ProductionGathering(KpiSql sql, ProductionRollup rollup) {
        this.sql = sql;
        this.rollup = rollup;
    }

    /** One SQL row: the sums of the entries of one group that share product, work order/line and inference classes. */
    record Row(String group, long productId, Long lineId, Long workOrderId, char runClass, char crewClass,
            boolean hasStandard, BigDecimal standardCycleTime, LocalDate historyDay, Long historyShift, long records,
            long units, long defects, long pbtMinutes, long aptCentiHours, long aptMinutes, long crewPbtMinutes) {

        /** The work order the warnings name the row by, or its line when it has no order. */
        Ref ref() {
            return new Ref(workOrderId, workOrderId == null ? lineId : null);
        }
    }

    /** A work order, or a line for entries without one, or neither. */
    record Ref(Long workOrder, Long line) {}

    /**
     * The production scopes of a window: per group, and the whole window's when the groups were gathered without
     * their per-product and per-reference detail (a trend shows only each period's value, so only the whole window's
     * warnings need to name products and references). {@code wholeLean}: the whole window's scope was pooled from a
     * trend's lean rows and has no detail — {@link #window} reads it when the warnings need it.
     */
    record Gathered(Map<String, ProductionScope> groups, ProductionScope whole, boolean wholeLean) {}

    /**
     * The production scope of each group (key "" when ungrouped; a time group's key is its production day, or the
     * period {@code bucket} maps it to). The SQL rows are first added up in whole minutes and units per cell — rows of
     * a group that share their inputs' rules and values — and the cells whose inputs share their rules and
     * confidences become tallies once, together: the same sums as resolving every entry and adding its tallies, at a
     * fraction of the cost.
     */
    Gathered gather(KpiFilter f, Dimension by, KpiSettings settings, Map<String, String> labels,
            UnaryOperator<String> bucket, boolean groupDetail) {
        if (groupDetail && (by == null || by == Dimension.CLIENT)) {
            ProductionScope whole = whole(f, settings);
            return new Gathered(whole == null ? Map.of() : Map.of("", whole), null, false);
        }
        ClientDefaults defaults = defaults(settings);
        ProductionHistory history = new ProductionHistory(sql, f, settings);
        Map<String, Pooled> groups = new LinkedHashMap<>();
        // time groups without detail (a trend) read lean rows per period: the same cells and sums as the detailed
        // rows, read as far fewer rows, so they give the whole window's total too, but not its detail
        boolean lean = !groupDetail && by != null && by.isTime();
        Pooled whole = groupDetail ? null : new Pooled(!lean, !lean);
        List<Row> rows = rows(f, groupColumn(by), rs -> firstColumnKey(by, rs), settings,
                lean ? Source.LEAN : Source.ENTRIES);
        history.readCrews(rows);
        for (Row r : rows) {
            Cell cell = cell(r, history, defaults);
            groups.computeIfAbsent(bucket.apply(r.group()), k -> new Pooled(groupDetail, groupDetail)).add(r, cell);
            if (whole != null) {
                whole.add(r, cell);
            }
        }
        Names names = lean ? Names.NONE : names(rows, by, labels);
        Map<String, ProductionScope> scopes = new LinkedHashMap<>();
        groups.forEach((g, pooled) -> scopes.put(g, pooled.scope(names)));
        return new Gathered(scopes, whole == null ? null : whole.scope(names), lean);
    }

    /**
     * The window's production scope with its per-product and per-reference detail, pooled without groups: for a
     * trend's total when its warnings need the detail (see {@code KpiService.grouped}).
     */
    ProductionScope window(KpiFilter f, KpiSettings settings) {
        ProductionScope whole = whole(f, settings);
        return whole == null ? empty() : whole;
    }

    /**
     * The window's production scope with its detail, pooled without groups; null when it has no entry. The daily
     * roll-up answers when it holds every day of the window and keeps what it is filtered by. It keeps each product
     * but no work order, so it answers only when availability's warnings name no reference (no run time above planned
     * busy time, no entry left out) — otherwise the entries do.
     */
    private ProductionScope whole(KpiFilter f, KpiSettings settings) {
        ClientDefaults defaults = defaults(settings);
        ProductionHistory history = new ProductionHistory(sql, f, settings);
        if (rollupAnswers(f)) {
            ProductionScope scope = pool(rows(f, "0", rs -> "", settings, Source.ROLLUP), history, defaults, false);
            if (scope == null || !ProductionKpis.warnsByName(Kpi.AVAILABILITY, scope.total())) {
                return scope;
            }
        }
        return pool(rows(f, null, settings), history, defaults, true);
    }

    /** Rows pooled into one scope with their per-product (and, with {@code refs}, per-reference) detail. */
    private ProductionScope pool(List<Row> rows, ProductionHistory history, ClientDefaults defaults, boolean refs) {
        if (rows.isEmpty()) {
            return null;
        }
        history.readCrews(rows);
        Pooled whole = new Pooled(true, refs);
        for (Row r : rows) {
            whole.add(r, cell(r, history, defaults));
        }
        return whole.scope(names(rows, null, new HashMap<>()));
    }

    /** Whether the daily roll-up holds the window's rows as the entries are, and keeps what the filter names. */
    private boolean rollupAnswers(KpiFilter f) {
        return f.lineId() == null && f.workOrderId() == null && rollup.isFresh(f.client(), f.from(), f.to());
    }

    /** The production scope of each group, each with its per-product and per-reference detail. */
    Map<String, ProductionScope> gather(KpiFilter f, Dimension by, KpiSettings settings, Map<String, String> labels) {
        return gather(f, by, settings, labels, UnaryOperator.identity(), true).groups();
    }

    /**
     * Each entry of the scope on its own (key: the entry id), for the per-entry KPIs of the entry grids: the same
     * query grouped by entry, so an entry's inputs are resolved exactly as they are when pooled.
     */
    Map<String, ProductionScope> perEntry(KpiFilter f, KpiSettings settings) {
        List<Row> rows = rows(f, "p.id", rs -> String.valueOf(rs.getLong(1)), settings);
        ClientDefaults defaults = defaults(settings);
        ProductionHistory history = new ProductionHistory(sql, f, settings);
        history.readCrews(rows);
        Map<String, Pooled> entries = new LinkedHashMap<>();
        for (Row r : rows) {
            entries.computeIfAbsent(r.group(), k -> new Pooled(true, true)).add(r, cell(r, history, defaults));
        }
        Names names = names(rows, null, new HashMap<>());
        Map<String, ProductionScope> scopes = new LinkedHashMap<>();
        entries.forEach((id, pooled) -> scopes.put(id, pooled.scope(names)));
        return scopes;
    }

    /** What the rows of a cell share: the inference class of run time and crew, the cycle time and crew resolved. */
    private record Cell(char runClass, char crewClass, Resolved<BigDecimal> cycle, Resolved<BigDecimal> crew) {}

    /** Whole-number sums of the rows of one cell. */
    private static final class Sums {
        long records;
        long units;
        long defects;
        long pbtMinutes;
        long aptCentiHours;
        long aptMinutes;
        long crewPbtMinutes;

        void add(Row r) {
            records += r.records();
            units += r.units();
            defects += r.defects();
            pbtMinutes += r.pbtMinutes();
            aptCentiHours += r.aptCentiHours();
            aptMinutes += r.aptMinutes();
            crewPbtMinutes += r.crewPbtMinutes();
        }

        void add(Sums o) {
            records += o.records;
            units += o.units;
            defects += o.defects;
            pbtMinutes += o.pbtMinutes;
            aptCentiHours += o.aptCentiHours;
            aptMinutes += o.aptMinutes;
            crewPbtMinutes += o.crewPbtMinutes;
        }
    }

    /**
     * The cells of one group: its total, per product (the warnings of performance, efficiency and OEE name products)
     * and per work order or line (availability's warnings name them, so only availability is kept per reference).
     * {@code detail}: per product; {@code byRef}: per reference too (roll-up rows have none).
     */
    private static final class Pooled {
        final boolean detail;
        final boolean byRef;
        final Map<Cell, Sums> total = new HashMap<>();
        final Map<Long, Map<Cell, Sums>> products = new HashMap<>();
        final Map<Ref, Map<Character, Sums>> refs = new HashMap<>();

        Pooled(boolean detail, boolean byRef) {
            this.detail = detail;
            this.byRef = byRef;
        }

        void add(Row r, Cell cell) {
            total.computeIfAbsent(cell, k -> new Sums()).add(r);
            if (detail) {
                products.computeIfAbsent(r.productId(), k -> new HashMap<>())
                        .computeIfAbsent(cell, k -> new Sums()).add(r);
            }
            if (byRef) {
                refs.computeIfAbsent(r.ref(), k -> new HashMap<>()).computeIfAbsent(r.runClass(), k -> new Sums()).add(r);
            }
        }

        ProductionScope scope(Names names) {
            Map<String, ProductionTotals> byProduct = new HashMap<>();
            products.forEach((product, cells) -> byProduct.merge(names.product(product), totals(cells),
                    ProductionTotals::plus));
            Map<String, ProductionTotals> byRef = new HashMap<>();
            refs.forEach((ref, classes) -> {
                Tally availability = Tally.EMPTY;
                for (Map.Entry<Character, Sums> e : classes.entrySet()) {
                    availability = availability.plus(availability(e.getKey(), e.getValue()));
                }
                byRef.merge(names.ref(ref), ProductionTotals.availabilityOnly(availability), ProductionTotals::plus);
            });
            return new ProductionScope(totals(total), byProduct, byRef);
        }

        /**
         * The cells' totals. Cells whose inputs share their rules and confidences (a {@link Signature}) are added up
         * before they become tallies — a tally is linear in its numerator and denominator, so one per signature is the
         * sum of its cells' — which makes a trend's day a few tallies instead of one per product and class.
         */
        private static ProductionTotals totals(Map<Cell, Sums> cells) {
            Map<Signature, Pool> pools = new HashMap<>();
            cells.forEach((cell, sums) -> pools.computeIfAbsent(Signature.of(cell), k -> new Pool(cell)).add(cell, sums));
            List<ProductionTotals> each = new ArrayList<>(pools.size());
            pools.values().forEach(pool -> each.add(pool.totals()));
            return ProductionTotals.total(each);
        }
    }

    /** What the tallies of a cell depend on besides its sums: its classes and whether and how each input is inferred. */
    private record Signature(char runClass, char crewClass, boolean cycle, Inference cycleRule, boolean crew,
            Inference crewRule) {

        static Signature of(Cell c) {
            return new Signature(c.runClass(), c.crewClass(), c.cycle().present(), c.cycle().inference(),
                    c.crew().present(), c.crew().inference());
        }
    }

    /** The sums of the cells of one signature, with the parts that depend on each cell's own cycle time and crew. */
    private static final class Pool {
        final Cell first;
        final Sums sums = new Sums();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal crewPbtFromHistory = BigDecimal.ZERO;

        Pool(Cell first) {
            this.first = first;
        }

        void add(Cell c, Sums s) {
            sums.add(s);
            if (c.cycle().present()) {
                earned = earned.add(c.cycle().value().multiply(BigDecimal.valueOf(s.units), MathContext.DECIMAL128));
            }
            if (c.crewClass() == 'H' && c.crew().present()) {
                crewPbtFromHistory = crewPbtFromHistory.add(
                        c.crew().value().multiply(hours(s.pbtMinutes), MathContext.DECIMAL128));
            }
        }

        /** The same tallies as each cell's, added up. */
        ProductionTotals totals() {
            Sums s = sums;
            long n = s.records;
            BigDecimal pbt = hours(s.pbtMinutes);
            BigDecimal apt = apt(s.aptCentiHours, s.aptMinutes);
            BigDecimal pq = BigDecimal.valueOf(s.units);
            Resolved<BigDecimal> run = run(first.runClass(), apt);
            Resolved<BigDecimal> cycle = first.cycle();
            Resolved<BigDecimal> crew = first.crew();
            BigDecimal crewPbt = first.crewClass() != 'H' ? hours(s.crewPbtMinutes)
                    : crew.present() ? crewPbtFromHistory : null;
            BigDecimal earnedHours = cycle.present() ? earned : null;

            Tally availability = Tally.records(apt, pbt, n, List.of(SHIFT_DEFINED, run));
            Tally performance = earnedHours == null ? Tally.excludedRecords(n)
                    : Tally.records(earnedHours, apt, n, List.of(cycle, run));
            Tally quality = Tally.exactSums(BigDecimal.valueOf(s.units - s.defects), pq, n);
            Tally efficiency = earnedHours == null || crewPbt == null ? Tally.excludedRecords(n)
                    : Tally.records(earnedHours, crewPbt, n, List.of(SHIFT_DEFINED, cycle, crew));
            Tally oee = earnedHours == null ? Tally.excludedRecords(n)
                    : Tally.records(earnedHours, pbt, n, List.of(SHIFT_DEFINED, run, cycle));
            Tally throughput = Tally.records(pq, apt, n, List.of(run));
            return new ProductionTotals(availability, performance, quality, efficiency, oee, throughput);
        }
    }

    /**
     * Per line, from one reading of the window's entries: run time, earned hours and reject hours for the six big
     * losses — only entries with an ideal cycle time (given or inferred) count, since reduced speed and reject hours
     * need one; every reject counts as a production reject (entries record no start-up phase) — and Σ APT of all
     * entries with a run time, for MTBF.
     */
    LineTotals byLine(KpiFilter f, KpiSettings settings, Map<String, String> labels) {
        ClientDefaults defaults = defaults(settings);
        ProductionHistory history = new ProductionHistory(sql, f, settings);
        Map<String, SixBigLosses> speed = new LinkedHashMap<>();
        Map<String, BigDecimal> runTime = new LinkedHashMap<>();
        List<Row> rows = rows(f, Dimension.LINE, settings);
        history.readCrews(rows);
        names(rows, Dimension.LINE, labels);
        for (Row r : rows) {
            BigDecimal apt = apt(r);
            runTime.merge(r.group(), apt, BigDecimal::add);
            Resolved<BigDecimal> cycle = cycle(r, history, defaults);
            if (cycle.present()) {
                // one row shares one cycle time, so the row's sums are one entry's worth to SixBigLosses
                speed.merge(r.group(), SixBigLosses.ofEntry(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, apt,
                        cycle.value(), r.units(), 0, r.defects()), SixBigLosses::plus);
            }
        }
        return new LineTotals(speed, runTime);
    }

    /** Per line key: speed and reject losses, and Σ APT. */
    record LineTotals(Map<String, SixBigLosses> speedAndRejects, Map<String, BigDecimal> runTime) {}

    private List<Row> rows(KpiFilter f, Dimension by, KpiSettings settings) {
        return rows(f, groupColumn(by), rs -> firstColumnKey(by, rs), settings);
    }

    /** How a row's group key is read from the result set. */
    private interface GroupKey {
        String of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private List<Row> rows(KpiFilter f, String groupColumn, GroupKey groupKey, KpiSettings settings) {
        return rows(f, groupColumn, groupKey, settings, Source.ENTRIES);
    }

    /** What rows are read from: the entries with their detail, lean per period, or the roll-up with products. */
    private enum Source { ENTRIES, LEAN, ROLLUP }

    private List<Row> rows(KpiFilter f, String groupColumn, GroupKey groupKey, KpiSettings settings, Source source) {
        Map<String, Object> params = params(f, settings);
        StringBuilder where = new StringBuilder();
        filter(where, params, "p.shift_id", "shift", f.shiftId());
        filter(where, params, "p.line_id", "line", f.lineId());
        filter(where, params, "p.product_id", "product", f.productId());
        filter(where, params, "p.work_order_id", "work_order", f.workOrderId());
        String conditions = where.toString();
        String statement = switch (source) {
            case ENTRIES -> ProductionSql.groups(conditions, groupColumn, false);
            case ROLLUP -> ProductionSql.rollupGroups(conditions, groupColumn, false);
            case LEAN -> {
                sql.preferGenericPlans();
                // the daily roll-up answers a lean read when it has every day of the window and keeps what it
                // filters by
                yield rollupAnswers(f) ? ProductionSql.rollupGroups(conditions, groupColumn, true)
                        : ProductionSql.groups(conditions, groupColumn, true);
            }
        };
        // read by position (the order of ProductionSql.groups): a trend reads tens of thousands of rows; the few
        // distinct standard cycle times are parsed once
        Map<String, BigDecimal> cycleTimes = new HashMap<>();
        return sql.query(statement, params, (rs, i) -> {
            String std = rs.getString(8);
            return new Row(groupKey.of(rs), rs.getLong(2), KpiSql.nullableLong(rs, 3), KpiSql.nullableLong(rs, 4),
                    rs.getString(5).charAt(0), rs.getString(6).charAt(0), rs.getInt(7) == 1,
                    std == null ? null : cycleTimes.computeIfAbsent(std, t -> new BigDecimal(t.trim())),
                    KpiSql.day(rs, 9), KpiSql.nullableLong(rs, 10), rs.getLong(11), KpiSql.whole(rs, 12),
                    KpiSql.whole(rs, 13), KpiSql.whole(rs, 14), KpiSql.whole(rs, 15), KpiSql.whole(rs, 16),
                    KpiSql.whole(rs, 17));
        });
    }

    /** The names of the products, lines, orders and shifts that rows refer to; group labels go into labels. */
    private Names names(List<Row> rows, Dimension by, Map<String, String> labels) {
        Set<Long> products = new HashSet<>();
        Set<Long> lines = new HashSet<>();
        Set<Long> orders = new HashSet<>();
        Set<Long> shifts = new HashSet<>();
        for (Row r : rows) {
            products.add(r.productId());
            if (r.lineId() != null) {
                lines.add(r.lineId());
            }
            if (r.workOrderId() != null) {
                orders.add(r.workOrderId());
            }
            if (by == Dimension.SHIFT && !r.group().equals("none")) {
                shifts.add(Long.valueOf(r.group()));
            }
        }
        Names names = new Names(names("SELECT id, code AS name FROM products WHERE id IN (:ids)", products),
                names("SELECT id, name FROM production_lines WHERE id IN (:ids)", lines),
                names("SELECT id, number AS name FROM work_orders WHERE id IN (:ids)", orders),
                names("SELECT id, name FROM shifts WHERE id IN (:ids)", shifts));
        if (by != null) {
            Map<Long, String> named = switch (by) {
                case SHIFT -> names.shifts();
                case LINE -> names.lines();
                case PRODUCT -> names.products();
                case WORK_ORDER -> names.orders();
                default -> Map.of();
            };
            named.forEach((id, name) -> labels.putIfAbsent(id.toString(), name));
        }
        return names;
    }

    private Map<Long, String> names(String query, Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            sql.query(query, Map.of("ids", ids), (rs, i) -> out.put(rs.getLong("id"), rs.getString("name")));
        }
        return out;
    }

    /** Names by id of what a window's rows refer to. */
    private record Names(Map<Long, String> products, Map<Long, String> lines, Map<Long, String> orders,
            Map<Long, String> shifts) {

        /** For scopes without detail, which name nothing. */
        static final Names NONE = new Names(Map.of(), Map.of(), Map.of(), Map.of());

        String product(long id) {
            return products.getOrDefault(id, String.valueOf(id));
        }

        String ref(Ref ref) {
            if (ref.workOrder() != null) {
                return orders.getOrDefault(ref.workOrder(), String.valueOf(ref.workOrder()));
            }
            return ref.line() == null ? "(no line)" : lines.getOrDefault(ref.line(), String.valueOf(ref.line()));
        }
    }

    private static BigDecimal apt(Row r) {
        return apt(r.aptCentiHours(), r.aptMinutes());
    }

    private static BigDecimal apt(long centiHours, long minutes) {
        return BigDecimal.valueOf(centiHours, 2).add(hours(minutes));
    }

    private static Resolved<BigDecimal> cycle(Row r, ProductionHistory history, ClientDefaults defaults) {
        return CycleTime.resolve(null, r.hasStandard() ? r.standardCycleTime() : null,
                r.hasStandard() ? null : history.bestRate(r.productId(), r.historyDay()), defaults);
    }

    private static boolean isEmpty(ProductionScope s) {
        return s.total() == ProductionTotals.EMPTY && s.byProduct().isEmpty() && s.byRef().isEmpty();
    }

    static ProductionScope empty() {
        return new ProductionScope(ProductionTotals.EMPTY, Map.of(), Map.of());
    }

    static ProductionScope plus(ProductionScope a, ProductionScope b) {
        if (isEmpty(a)) {
            return b;
        }
        if (isEmpty(b)) {
            return a;
        }
        Map<String, ProductionTotals> products = new HashMap<>(a.byProduct());
        b.byProduct().forEach((k, v) -> products.merge(k, v, ProductionTotals::plus));
        Map<String, ProductionTotals> refs = new HashMap<>(a.byRef());
        b.byRef().forEach((k, v) -> refs.merge(k, v, ProductionTotals::plus));
        return new ProductionScope(a.total().plus(b.total()), products, refs);
    }

    /** The cell of a row: its inference classes with the cycle time and crew size its entries resolve to. */
    private static Cell cell(Row r, ProductionHistory history, ClientDefaults defaults) {
        Resolved<BigDecimal> crew = switch (r.crewClass()) {
            case 'H' -> Crew.resolve(null, null, history.crewAverage(r.lineId(), r.historyShift(), r.historyDay()),
                    defaults);
            case 'A' -> Resolved.given(BigDecimal.ONE);
            default -> Resolved.inferred(BigDecimal.ONE, InferenceRules.EMPLOYEES_PRESENT);
        };
        return new Cell(r.runClass(), r.crewClass(), cycle(r, history, defaults), crew);
    }

    private static Resolved<BigDecimal> run(char runClass, BigDecimal apt) {
        return switch (runClass) {
            case 'G' -> Resolved.given(apt);
            case 'D' -> Resolved.inferred(apt, InferenceRules.RUN_TIME_PBT_MINUS_UDT);
            default -> Resolved.inferred(apt, InferenceRules.RUN_TIME_PBT);
        };
    }

    private static Tally availability(char runClass, Sums s) {
        BigDecimal apt = apt(s.aptCentiHours, s.aptMinutes);
        return Tally.records(apt, hours(s.pbtMinutes), s.records, List.of(SHIFT_DEFINED, run(runClass, apt)));
    }

    static Map<String, Object> params(KpiFilter f, KpiSettings settings) {
        Map<String, Object> params = new HashMap<>();
        params.put("client", f.client());
        params.put("from", f.from());
        params.put("to", f.to());
        params.put("setup_planned", settings.setupAsPlanned() ? 1 : 0);
        return params;
    }

    private static void filter(StringBuilder conditions, Map<String, Object> params, String column, String name, Long value) {
        if (value != null) {
            conditions.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /** The group of a row: "" ungrouped, the production day for time dimensions, else the id ("none" when absent). */
    static String groupKey(Dimension by, java.sql.ResultSet rs) throws java.sql.SQLException {
        if (by == null || by == Dimension.CLIENT) {
            return "";
        }
        if (by.isTime()) {
            return KpiSql.dayText(rs, "g");
        }
        Long id = KpiSql.nullableLong(rs, "g");
        return id == null ? "none" : id.toString();
    }

    /** {@link #groupKey} of a production row, whose group is its first column. */
    private static String firstColumnKey(Dimension by, java.sql.ResultSet rs) throws java.sql.SQLException {
        if (by == null || by == Dimension.CLIENT) {
            return "";
        }
        if (by.isTime()) {
            return KpiSql.dayText(rs, 1);
        }
        Long id = KpiSql.nullableLong(rs, 1);
        return id == null ? "none" : id.toString();
    }

    static String groupColumn(Dimension by) {
        if (by == null || by == Dimension.CLIENT) {
            return "0";
        }
        return switch (by) {
            case DAY, WEEK, MONTH -> "p.shift_date";
            case SHIFT -> "p.shift_id";
            case LINE -> "p.line_id";
            case PRODUCT -> "p.product_id";
            case WORK_ORDER -> "p.work_order_id";
            case CLIENT -> "0";
        };
    }

    static ClientDefaults defaults(KpiSettings s) {
        return new ClientDefaults(s.defaultShiftHours(), s.defaultCycleTimeHours(), s.defaultCrewSize(),
                s.defaultLeadTimeDays());
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, MathContext.DECIMAL128);
    }
}
