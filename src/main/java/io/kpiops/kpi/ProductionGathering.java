package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.calc.ProductionScope;
import io.kpiops.kpi.calc.ProductionTotals;
import io.kpiops.kpi.calc.SixBigLosses;
import io.kpiops.kpi.calc.Tally;
import io.kpiops.kpi.inference.BestDemonstratedRate;
import io.kpiops.kpi.inference.ClientDefaults;
import io.kpiops.kpi.inference.Crew;
import io.kpiops.kpi.inference.CrewAverage;
import io.kpiops.kpi.inference.CycleTime;
import io.kpiops.kpi.inference.InferenceRules;
import io.kpiops.kpi.inference.Resolved;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Gathers the production KPIs of one client as pooled sums: one SQL query sums the entries of the scope per group
 * and per inference class (so every row's records share their inputs' rules and confidences), then the rules that
 * need history — best demonstrated rate per product and day, crew average per line, shift and day — are computed
 * from bounded per-product / per-line-and-shift queries, and each row becomes a {@link ProductionTotals}.
 */
@Component
class ProductionGathering {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final KpiSql sql;
    private final DowntimeClasses downtimeClasses;

    ProductionGathering(KpiSql sql, DowntimeClasses downtimeClasses) {
        this.sql = sql;
        this.downtimeClasses = downtimeClasses;
    }

    /** One SQL row: the sums of the entries of one group that share product, work order/line and inference classes. */
    record Row(String group, String label, String productCode, String ref, long productId, Long lineId, char runClass,
            char crewClass, boolean hasStandard, BigDecimal standardCycleTime, LocalDate historyDay, Long historyShift,
            long records, long units, long defects, long pbtMinutes, long aptCentiHours, long aptMinutes,
            long crewPbtMinutes) {}

    /** The production scope of each group (key "" when ungrouped). */
    Map<String, ProductionScope> gather(KpiFilter f, Dimension by, KpiSettings settings, Map<String, String> labels) {
        return scopes(rows(f, by, false, settings), f, settings, labels);
    }

    /**
     * Each entry of the scope on its own (key: the entry id), for the per-entry KPIs of the entry grids: the same
     * query grouped by entry, so an entry's inputs are resolved exactly as they are when pooled.
     */
    Map<String, ProductionScope> perEntry(KpiFilter f, KpiSettings settings) {
        return scopes(rows(f, null, true, settings), f, settings, new HashMap<>());
    }

    private Map<String, ProductionScope> scopes(List<Row> rows, KpiFilter f, KpiSettings settings,
            Map<String, String> labels) {
        ClientDefaults defaults = defaults(settings);
        History history = new History(f, settings);
        Map<String, Map<String, ProductionTotals>> byProduct = new HashMap<>();
        Map<String, Map<String, ProductionTotals>> byRef = new HashMap<>();
        Map<String, ProductionTotals> totals = new LinkedHashMap<>();
        for (Row r : rows) {
            ProductionTotals t = totals(r, history, defaults);
            totals.merge(r.group(), t, ProductionTotals::plus);
            byProduct.computeIfAbsent(r.group(), k -> new HashMap<>()).merge(r.productCode(), t, ProductionTotals::plus);
            byRef.computeIfAbsent(r.group(), k -> new HashMap<>()).merge(r.ref(), t, ProductionTotals::plus);
            if (r.label() != null) {
                labels.putIfAbsent(r.group(), r.label());
            }
        }
        Map<String, ProductionScope> scopes = new LinkedHashMap<>();
        totals.forEach((g, t) -> scopes.put(g, new ProductionScope(t, byProduct.get(g), byRef.get(g))));
        return scopes;
    }

    /**
     * Run time, earned hours and reject hours per line for the six big losses: only entries with an ideal cycle time
     * (given or inferred) count, since reduced speed and reject hours need one; every reject counts as a production
     * reject (entries record no start-up phase).
     */
    Map<String, SixBigLosses> speedAndRejects(KpiFilter f, KpiSettings settings, Map<String, String> labels) {
        ClientDefaults defaults = defaults(settings);
        History history = new History(f, settings);
        Map<String, SixBigLosses> byLine = new LinkedHashMap<>();
        for (Row r : rows(f, Dimension.LINE, settings)) {
            Resolved<BigDecimal> cycle = cycle(r, history, defaults);
            if (r.label() != null) {
                labels.putIfAbsent(r.group(), r.label());
            }
            if (!cycle.present()) {
                continue;
            }
            // one row shares one cycle time, so the row's sums are one entry's worth to SixBigLosses
            SixBigLosses row = SixBigLosses.ofEntry(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, apt(r), cycle.value(),
                    r.units(), 0, r.defects());
            byLine.merge(r.group(), row, SixBigLosses::plus);
        }
        return byLine;
    }

    /** Σ APT per line (all entries with a run time), for MTBF. */
    Map<String, BigDecimal> runTimeByLine(KpiFilter f, KpiSettings settings) {
        Map<String, BigDecimal> byLine = new LinkedHashMap<>();
        for (Row r : rows(f, Dimension.LINE, settings)) {
            byLine.merge(r.group(), apt(r), BigDecimal::add);
        }
        return byLine;
    }

    private List<Row> rows(KpiFilter f, Dimension by, KpiSettings settings) {
        return rows(f, by, false, settings);
    }

    private List<Row> rows(KpiFilter f, Dimension by, boolean perEntry, KpiSettings settings) {
        Map<String, Object> params = params(f, settings);
        StringBuilder conditions = new StringBuilder();
        filter(conditions, params, "p.shift_id", "shift", f.shiftId());
        filter(conditions, params, "p.line_id", "line", f.lineId());
        filter(conditions, params, "p.product_id", "product", f.productId());
        filter(conditions, params, "p.work_order_id", "work_order", f.workOrderId());
        String column = perEntry ? "p.id" : groupColumn(by);
        return sql.query(ProductionSql.groups(conditions.toString(), column), params, (rs, i) -> {
            String ref = rs.getString("wo_number") != null ? rs.getString("wo_number")
                    : rs.getString("line_name") != null ? rs.getString("line_name") : "(no line)";
            return new Row(perEntry ? String.valueOf(rs.getLong("g")) : groupKey(by, rs), label(by, rs), rs.getString("product_code"), ref, rs.getLong("product_id"),
                    KpiSql.nullableLong(rs, "line_id"), rs.getString("run_class").charAt(0),
                    rs.getString("crew_class").charAt(0), rs.getInt("has_std") == 1, KpiSql.decimal(rs, "std_ict"),
                    KpiSql.day(rs, "hday"), KpiSql.nullableLong(rs, "hshift"), rs.getLong("n"), KpiSql.whole(rs, "pq"),
                    KpiSql.whole(rs, "dq"), KpiSql.whole(rs, "pbt_min"), KpiSql.whole(rs, "apt_centi"),
                    KpiSql.whole(rs, "apt_min"), KpiSql.whole(rs, "crew_pbt_min"));
        });
    }

    private static BigDecimal apt(Row r) {
        return new BigDecimal(r.aptCentiHours()).divide(HUNDRED, MathContext.DECIMAL128).add(hours(r.aptMinutes()));
    }

    private static Resolved<BigDecimal> cycle(Row r, History history, ClientDefaults defaults) {
        return CycleTime.resolve(null, r.hasStandard() ? r.standardCycleTime() : null,
                r.hasStandard() ? null : history.bestRate(r.productId(), r.historyDay()), defaults);
    }

    static ProductionScope empty() {
        return new ProductionScope(ProductionTotals.EMPTY, Map.of(), Map.of());
    }

    static ProductionScope plus(ProductionScope a, ProductionScope b) {
        Map<String, ProductionTotals> products = new HashMap<>(a.byProduct());
        b.byProduct().forEach((k, v) -> products.merge(k, v, ProductionTotals::plus));
        Map<String, ProductionTotals> refs = new HashMap<>(a.byRef());
        b.byRef().forEach((k, v) -> refs.merge(k, v, ProductionTotals::plus));
        return new ProductionScope(a.total().plus(b.total()), products, refs);
    }

    /** One row's totals: the same tallies as resolving each of its entries through the chains and adding them up. */
    private ProductionTotals totals(Row r, History history, ClientDefaults defaults) {
        long n = r.records();
        BigDecimal pbt = hours(r.pbtMinutes());
        BigDecimal apt = apt(r);
        BigDecimal pq = BigDecimal.valueOf(r.units());
        Resolved<BigDecimal> shift = Resolved.given(BigDecimal.ONE); // shifts always have a definition
        Resolved<BigDecimal> run = switch (r.runClass()) {
            case 'G' -> Resolved.given(apt);
            case 'D' -> Resolved.inferred(apt, InferenceRules.RUN_TIME_PBT_MINUS_UDT);
            default -> Resolved.inferred(apt, InferenceRules.RUN_TIME_PBT);
        };
        Resolved<BigDecimal> cycle = cycle(r, history, defaults);
        Resolved<BigDecimal> crew;
        BigDecimal crewPbt;
        if (r.crewClass() == 'H') {
            crew = Crew.resolve(null, null, history.crewAverage(r.lineId(), r.historyShift(), r.historyDay()), defaults);
            crewPbt = crew.present() ? crew.value().multiply(pbt, MathContext.DECIMAL128) : null;
        } else {
            crew = r.crewClass() == 'A' ? Resolved.given(BigDecimal.ONE)
                    : Resolved.inferred(BigDecimal.ONE, InferenceRules.EMPLOYEES_PRESENT);
            crewPbt = hours(r.crewPbtMinutes());
        }
        BigDecimal earned = cycle.present() ? cycle.value().multiply(pq, MathContext.DECIMAL128) : null;

        Tally availability = Tally.records(apt, pbt, n, List.of(shift, run));
        Tally performance = earned == null ? Tally.excludedRecords(n) : Tally.records(earned, apt, n, List.of(cycle, run));
        Tally quality = Tally.exactSums(BigDecimal.valueOf(r.units() - r.defects()), pq, n);
        Tally efficiency = earned == null || crewPbt == null ? Tally.excludedRecords(n)
                : Tally.records(earned, crewPbt, n, List.of(shift, cycle, crew));
        Tally oee = earned == null ? Tally.excludedRecords(n) : Tally.records(earned, pbt, n, List.of(shift, run, cycle));
        Tally throughput = Tally.records(pq, apt, n, List.of(run));
        return new ProductionTotals(availability, performance, quality, efficiency, oee, throughput);
    }

    /** The history-based rules, each computed once per product / line and shift from one bounded query. */
    private final class History {
        private final long client;
        private final KpiFilter window;
        private final KpiSettings settings;
        private final Map<Long, List<BestDemonstratedRate.PastEntry>> products = new HashMap<>();
        private final Map<String, Map<LocalDate, long[]>> crews = new HashMap<>();
        private final Map<String, BigDecimal> rates = new HashMap<>();

        History(KpiFilter window, KpiSettings settings) {
            this.client = window.client();
            this.window = window;
            this.settings = settings;
        }

        BigDecimal bestRate(long product, LocalDate day) {
            return rates.computeIfAbsent(product + "@" + day, k -> {
                List<BestDemonstratedRate.PastEntry> past = products.computeIfAbsent(product, this::productHistory);
                return BestDemonstratedRate.of(past, day);
            });
        }

        /** The product's entries from 90 days before the window up to its last day but one (bounded by the window). */
        private List<BestDemonstratedRate.PastEntry> productHistory(long product) {
            Map<String, Object> params = params(window, settings);
            LocalDate from = window.from().minusDays(BestDemonstratedRate.WINDOW_DAYS);
            LocalDate to = window.to().minusDays(1);
            params.put("from", from);
            params.put("to", to);
            params.put("dfrom", from);
            params.put("dto", to);
            params.put("product", product);
            return sql.query(ProductionSql.productHistory(), params, (rs, i) -> {
                BigDecimal runTime = switch (rs.getString("run_class").charAt(0)) {
                    case 'G' -> new BigDecimal(KpiSql.whole(rs, "run_centi")).divide(HUNDRED, MathContext.DECIMAL128);
                    case 'D' -> hours(KpiSql.whole(rs, "pbt_min") - KpiSql.whole(rs, "udt_min"));
                    default -> hours(KpiSql.whole(rs, "pbt_min"));
                };
                return new BestDemonstratedRate.PastEntry(KpiSql.day(rs, "shift_date"), runTime,
                        BigDecimal.valueOf(KpiSql.whole(rs, "pq")));
            });
        }

        BigDecimal crewAverage(Long line, Long shift, LocalDate day) {
            if (line == null || shift == null || day == null) {
                return null;
            }
            Map<LocalDate, long[]> daily = crews.computeIfAbsent(line + "/" + shift, k -> crewHistory(line, shift));
            // the mean of employees_assigned over [D−30, D−1] from daily sums and counts: the same mean as CrewAverage.of
            long sum = 0;
            long count = 0;
            for (LocalDate d = day.minusDays(CrewAverage.WINDOW_DAYS); d.isBefore(day); d = d.plusDays(1)) {
                long[] sc = daily.get(d);
                if (sc != null) {
                    sum += sc[0];
                    count += sc[1];
                }
            }
            return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
        }

        private Map<LocalDate, long[]> crewHistory(long line, long shift) {
            Map<String, Object> params = new HashMap<>();
            params.put("client", client);
            params.put("line", line);
            params.put("shift", shift);
            params.put("from", window.from().minusDays(CrewAverage.WINDOW_DAYS));
            params.put("to", window.to().minusDays(1));
            Map<LocalDate, long[]> daily = new HashMap<>();
            sql.query(ProductionSql.CREW_HISTORY, params, (rs, i) -> daily.put(KpiSql.day(rs, "shift_date"),
                    new long[] {KpiSql.whole(rs, "assigned"), rs.getLong("n")}));
            return daily;
        }
    }

    private Map<String, Object> params(KpiFilter f, KpiSettings settings) {
        Map<String, Object> params = new HashMap<>();
        params.put("client", f.client());
        params.put("from", f.from());
        params.put("to", f.to());
        params.put("dfrom", f.from());
        params.put("dto", f.to());
        params.put("planned", downtimeClasses.plannedReasons(f.client(), settings.setupAsPlanned()));
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
            return KpiSql.day(rs, "g").toString();
        }
        Long id = KpiSql.nullableLong(rs, "g");
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

    private static String label(Dimension by, java.sql.ResultSet rs) throws java.sql.SQLException {
        if (by == null) {
            return null;
        }
        return switch (by) {
            case SHIFT -> rs.getString("shift_name");
            case LINE -> rs.getString("line_name");
            case PRODUCT -> rs.getString("product_code");
            case WORK_ORDER -> rs.getString("wo_number");
            default -> null;
        };
    }

    static ClientDefaults defaults(KpiSettings s) {
        return new ClientDefaults(s.defaultShiftHours(), s.defaultCycleTimeHours(), s.defaultCrewSize(),
                s.defaultLeadTimeDays());
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, MathContext.DECIMAL128);
    }
}
