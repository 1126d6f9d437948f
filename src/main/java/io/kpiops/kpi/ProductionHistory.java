package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.ProductionGathering.Row;
import io.kpiops.kpi.inference.BestDemonstratedRate;
import io.kpiops.kpi.inference.CrewAverage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The history-based inference rules of one client's window (KPI.md §5): the best demonstrated rate per product and
 * day, and the crew average per line, shift and day. Each history is read once, from a bounded query; the crew
 * histories of every line and shift a window's rows need are read together ({@link #readCrews}).
 */
final class ProductionHistory {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final KpiSql sql;
    private final KpiFilter window;
    private final KpiSettings settings;
    private final Map<Long, List<BestDemonstratedRate.PastEntry>> products = new HashMap<>();
    /** Per "line/shift": Σ employees_assigned and entry count per day. */
    private final Map<String, Map<LocalDate, long[]>> crews = new HashMap<>();
    private final Map<String, BigDecimal> rates = new HashMap<>();

    ProductionHistory(KpiSql sql, KpiFilter window, KpiSettings settings) {
        this.sql = sql;
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
        Map<String, Object> params = ProductionGathering.params(window, settings);
        params.put("from", window.from().minusDays(BestDemonstratedRate.WINDOW_DAYS));
        params.put("to", window.to().minusDays(1));
        params.put("product", product);
        return sql.query(ProductionSql.productHistory(), params, (rs, i) -> {
            BigDecimal runTime = switch (rs.getString("run_class").charAt(0)) {
                case 'G' -> new BigDecimal(KpiSql.whole(rs, "run_centi")).divide(HUNDRED, MathContext.DECIMAL128);
                case 'D' -> ProductionGathering.hours(KpiSql.whole(rs, "pbt_min") - KpiSql.whole(rs, "udt_min"));
                default -> ProductionGathering.hours(KpiSql.whole(rs, "pbt_min"));
            };
            return new BestDemonstratedRate.PastEntry(KpiSql.day(rs, "shift_date"), runTime,
                    BigDecimal.valueOf(KpiSql.whole(rs, "pq")));
        });
    }

    /**
     * Reads, in one statement, the crew histories of every line and shift whose rows take their crew from history
     * and are not read yet: a summary's rows name a few such pairs, and one round trip is cheaper than one each.
     */
    void readCrews(List<Row> rows) {
        Set<String> wanted = new HashSet<>();
        Set<Long> lines = new HashSet<>();
        Set<Long> shifts = new HashSet<>();
        for (Row r : rows) {
            if (r.crewClass() == 'H' && r.lineId() != null && r.historyShift() != null) {
                String key = key(r.lineId(), r.historyShift());
                if (!crews.containsKey(key) && wanted.add(key)) {
                    lines.add(r.lineId());
                    shifts.add(r.historyShift());
                }
            }
        }
        if (wanted.size() < 2) {
            return; // none, or one: crewAverage reads it alone
        }
        wanted.forEach(key -> crews.put(key, new HashMap<>()));
        Map<String, Object> params = crewParams();
        params.put("lines", lines);
        params.put("shifts", shifts);
        // the statement also returns the other pairs of these lines and shifts; only the wanted ones are kept
        sql.query(ProductionSql.CREW_HISTORIES, params, (rs, i) -> {
            String key = key(rs.getLong("line_id"), rs.getLong("shift_id"));
            return wanted.contains(key) ? crews.get(key).put(KpiSql.day(rs, "shift_date"),
                    new long[] {KpiSql.whole(rs, "assigned"), rs.getLong("n")}) : null;
        });
    }

    BigDecimal crewAverage(Long line, Long shift, LocalDate day) {
        if (line == null || shift == null || day == null) {
            return null;
        }
        Map<LocalDate, long[]> daily = crews.computeIfAbsent(key(line, shift), k -> crewHistory(line, shift));
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
        Map<String, Object> params = crewParams();
        params.put("line", line);
        params.put("shift", shift);
        Map<LocalDate, long[]> daily = new HashMap<>();
        sql.query(ProductionSql.CREW_HISTORY, params, (rs, i) -> daily.put(KpiSql.day(rs, "shift_date"),
                new long[] {KpiSql.whole(rs, "assigned"), rs.getLong("n")}));
        return daily;
    }

    /** The client and the days any crew average of the window looks back on: [from − 30, to − 1]. */
    private Map<String, Object> crewParams() {
        Map<String, Object> params = new HashMap<>();
        params.put("client", window.client());
        params.put("from", window.from().minusDays(CrewAverage.WINDOW_DAYS));
        params.put("to", window.to().minusDays(1));
        return params;
    }

    private static String key(long line, long shift) {
        return line + "/" + shift;
    }
}
