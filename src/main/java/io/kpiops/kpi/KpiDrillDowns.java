package io.kpiops.kpi;

import io.kpiops.kpi.KpiService.ClientScope;
import io.kpiops.kpi.KpiService.Request;
import io.kpiops.kpi.KpiViews.BradfordView;
import io.kpiops.kpi.KpiViews.EmployeeBradford;
import io.kpiops.kpi.KpiViews.HoldAge;
import io.kpiops.kpi.KpiViews.HoldsAging;
import io.kpiops.kpi.KpiViews.OrderAge;
import io.kpiops.kpi.KpiViews.OrderOtd;
import io.kpiops.kpi.KpiViews.OtdOrders;
import io.kpiops.kpi.KpiViews.ParetoBar;
import io.kpiops.kpi.KpiViews.ParetoView;
import io.kpiops.kpi.KpiViews.WipOrders;
import io.kpiops.kpi.OrderGathering.Delivery;
import io.kpiops.kpi.OrderGathering.Wip;
import io.kpiops.kpi.calc.AttendanceRecord;
import io.kpiops.kpi.calc.Bradford;
import io.kpiops.kpi.calc.BradfordResult;
import io.kpiops.kpi.calc.Kpi;
import io.kpiops.kpi.calc.KpiResult;
import io.kpiops.kpi.calc.OnTimeDelivery;
import io.kpiops.kpi.calc.Pareto;
import io.kpiops.kpi.calc.WipAging;
import io.kpiops.kpi.calc.WipAgingResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drill-downs behind the KPI cards: downtime and defect Paretos (sums per reason / defect type in SQL), the orders
 * behind OTD and WIP aging, open holds by age, and the Bradford factor per employee. Every figure comes from the
 * core; several clients pool by category code.
 */
@Service
class KpiDrillDowns {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final KpiService kpis;
    private final KpiSql sql;
    private final OrderGathering orders;
    private final io.kpiops.clients.EntryWindow window;

    KpiDrillDowns(KpiService kpis, KpiSql sql, OrderGathering orders, io.kpiops.clients.EntryWindow window) {
        this.kpis = kpis;
        this.sql = sql;
        this.orders = orders;
        this.window = window;
    }

    @Transactional(readOnly = true)
    ParetoView downtimePareto(KpiFilter f) {
        Request r = kpis.request(f);
        Map<String, Object> params = new HashMap<>();
        String conditions = conditions(f, params, "d", true);
        Map<String, BigDecimal> totals = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        long[] records = {0};
        for (ClientScope c : r.clients()) {
            params.put("client", c.client().id());
            params.put("from", f.from());
            params.put("to", f.to());
            sql.query("""
                    SELECT r.code, MAX(r.name) AS name, SUM(d.duration_minutes) AS minutes, COUNT(*) AS n
                    FROM downtime_entries d JOIN downtime_reasons r ON r.id = d.reason_id
                    WHERE d.client_id = :client AND d.deleted_at IS NULL AND d.shift_date BETWEEN :from AND :to %s
                    GROUP BY r.code
                    """.formatted(conditions), params, (rs, i) -> {
                totals.merge(rs.getString("code"), BigDecimal.valueOf(KpiSql.whole(rs, "minutes"))
                        .divide(SIXTY, MathContext.DECIMAL128), BigDecimal::add);
                labels.putIfAbsent(rs.getString("code"), rs.getString("name"));
                records[0] += rs.getLong("n");
                return null;
            });
        }
        return pareto("downtime_hours", f, totals, labels, records[0]);
    }

    @Transactional(readOnly = true)
    ParetoView defectPareto(KpiFilter f) {
        Request r = kpis.request(f);
        Map<String, Object> params = new HashMap<>();
        String conditions = conditions(f, params, "q", false);
        Map<String, BigDecimal> totals = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        long[] records = {0};
        for (ClientScope c : r.clients()) {
            params.put("client", c.client().id());
            params.put("from", f.from());
            params.put("to", f.to());
            sql.query("""
                    SELECT t.code, MAX(t.name) AS name, SUM(qd.defect_count) AS defects, COUNT(*) AS n
                    FROM quality_defects qd
                    JOIN quality_entries q ON q.id = qd.quality_entry_id
                    JOIN defect_types t ON t.id = qd.defect_type_id
                    WHERE q.client_id = :client AND q.deleted_at IS NULL AND q.shift_date BETWEEN :from AND :to %s
                    GROUP BY t.code
                    """.formatted(conditions), params, (rs, i) -> {
                totals.merge(rs.getString("code"), BigDecimal.valueOf(KpiSql.whole(rs, "defects")), BigDecimal::add);
                labels.putIfAbsent(rs.getString("code"), rs.getString("name"));
                records[0] += rs.getLong("n");
                return null;
            });
        }
        return pareto("defects", f, totals, labels, records[0]);
    }

    private static ParetoView pareto(String measure, KpiFilter f, Map<String, BigDecimal> totals,
            Map<String, String> labels, long records) {
        List<ParetoBar> bars = Pareto.of(totals).stream().map(b -> new ParetoBar(b.category(), labels.get(b.category()),
                b.total().setScale(2, RoundingMode.HALF_EVEN), b.sharePercent(), b.cumulativePercent())).toList();
        BigDecimal total = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN);
        return new ParetoView(measure, f.from(), f.to(), total, records, bars);
    }

    @Transactional(readOnly = true)
    OtdOrders otdOrders(KpiFilter f) {
        Request r = kpis.request(f);
        List<OrderOtd> due = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ClientScope c : r.clients()) {
            for (Delivery d : orders.deliveries(f.forClient(c.client().id()), c.settings())) {
                List<io.kpiops.kpi.calc.DeliveryOrder> one = List.of(d.order());
                io.kpiops.kpi.calc.OtdResult result = OnTimeDelivery.otd(one, f.from(), f.to(), r.asOf(), null);
                KpiResult otd = result.otd();
                if (result.skippedNoDate() > 0) {
                    skipped.add(d.number());
                }
                if (otd.recordCount() == 0) {
                    continue; // not due in the window
                }
                KpiResult inFull = OnTimeDelivery.trueOtd(one, f.from(), f.to(), r.asOf(), null).otd();
                var promised = d.order().promised();
                due.add(new OrderOtd(c.client().id(), d.number(), d.product(), promised.value(),
                        promised.isInferred() ? promised.inference().rule() : "planned_ship_date",
                        d.order().deliveredOn(), otd.numerator().signum() > 0, inFull.numerator().signum() > 0));
            }
        }
        due.sort(Comparator.comparing(OrderOtd::promisedDate).thenComparing(OrderOtd::workOrder));
        return new OtdOrders(f.from(), f.to(), r.asOf(), due, skipped);
    }

    @Transactional(readOnly = true)
    WipOrders wipOrders(KpiFilter f) {
        Request r = kpis.request(f);
        List<OrderAge> ages = new ArrayList<>();
        for (ClientScope c : r.clients()) {
            for (Wip w : orders.openOrders(f.forClient(c.client().id()), window.zone(c.client().id()))) {
                WipAgingResult one = WipAging.compute(List.of(w.order()), r.asOf(), List.of(), Kpi.WIP_AGING.defaults());
                for (WipAgingResult.OrderAge a : one.oldest()) {
                    ages.add(new OrderAge(c.client().id(), a.ref(), w.product(), a.ageDays(), a.holdDays(),
                            a.startRule() == null ? "actual_start" : a.startRule()));
                }
            }
        }
        ages.sort(Comparator.comparingLong(OrderAge::ageDays).reversed().thenComparing(OrderAge::workOrder));
        return new WipOrders(r.asOf(), ages);
    }

    @Transactional(readOnly = true)
    HoldsAging holdsAging(KpiFilter f) {
        Request r = kpis.request(f);
        List<HoldAge> holds = new ArrayList<>();
        for (ClientScope c : r.clients()) {
            Map<String, Object> params = new HashMap<>();
            params.put("client", c.client().id());
            params.put("as_of", r.asOf());
            String orderFilter = "";
            if (f.workOrderId() != null) {
                orderFilter = " AND h.work_order_id = :work_order";
                params.put("work_order", f.workOrderId());
            }
            sql.query("""
                    SELECT wo.number, hr.name AS reason, h.held_date FROM holds h
                    JOIN work_orders wo ON wo.id = h.work_order_id
                    JOIN hold_reasons hr ON hr.id = h.hold_reason_id
                    WHERE h.client_id = :client AND h.deleted_at IS NULL AND h.status = 'ON_HOLD'
                      AND h.held_date <= :as_of %s
                    """.formatted(orderFilter), params, (rs, i) -> {
                LocalDate held = KpiSql.day(rs, "held_date");
                holds.add(new HoldAge(c.client().id(), rs.getString("number"), rs.getString("reason"), held,
                        ChronoUnit.DAYS.between(held, r.asOf())));
                return null;
            });
        }
        holds.sort(Comparator.comparingLong(HoldAge::ageDays).reversed().thenComparing(HoldAge::workOrder));
        return new HoldsAging(r.asOf(), holds);
    }

    /** Bradford factor of each employee with attendance in the client's window (weeks) ending on the as-of date. */
    @Transactional(readOnly = true)
    BradfordView bradford(KpiFilter f) {
        Request r = kpis.request(f);
        List<EmployeeBradford> out = new ArrayList<>();
        Map<Long, Integer> weeks = new LinkedHashMap<>();
        for (ClientScope c : r.clients()) {
            int w = c.settings().bradfordWindowWeeks();
            weeks.put(c.client().id(), w);
            Map<String, Object> params = new HashMap<>();
            params.put("client", c.client().id());
            params.put("from", r.asOf().minusDays(7L * w - 1));
            params.put("to", r.asOf());
            String lineFilter = "";
            if (f.lineId() != null) {
                lineFilter = " AND e.line_id = :line";
                params.put("line", f.lineId());
            }
            Map<String, List<AttendanceRecord>> byEmployee = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            sql.query("""
                    SELECT e.code, e.name, a.shift_date, a.scheduled_hours, a.actual_hours, a.is_absent,
                           a.late_minutes, a.absence_type, a.absence_hours
                    FROM attendance_entries a JOIN employees e ON e.id = a.employee_id
                    WHERE a.client_id = :client AND a.deleted_at IS NULL AND a.shift_date BETWEEN :from AND :to %s
                    ORDER BY e.code, a.shift_date
                    """.formatted(lineFilter), params, (rs, i) -> {
                String code = rs.getString("code");
                names.putIfAbsent(code, rs.getString("name"));
                byEmployee.computeIfAbsent(code, k -> new ArrayList<>()).add(new AttendanceRecord(code,
                        KpiSql.day(rs, "shift_date"), KpiSql.decimal(rs, "scheduled_hours"),
                        KpiSql.decimal(rs, "actual_hours"), rs.getBoolean("is_absent"), rs.getInt("late_minutes") > 0,
                        rs.getString("absence_type"), KpiSql.decimal(rs, "absence_hours")));
                return null;
            });
            byEmployee.forEach((code, records) -> {
                BradfordResult b = Bradford.compute(code, records, r.asOf(), w,
                        new HashSet<>(c.settings().countedAbsenceTypes()), c.settings().bradfordBands());
                out.add(new EmployeeBradford(c.client().id(), code, names.get(code), b.value(), b.spells(), b.days(),
                        b.band()));
            });
        }
        out.sort(Comparator.comparing((EmployeeBradford e) -> e.value() == null ? -1 : e.value()).reversed()
                .thenComparing(EmployeeBradford::employee));
        return new BradfordView(r.asOf(), weeks, out);
    }

    private static String conditions(KpiFilter f, Map<String, Object> params, String alias, boolean hasLine) {
        StringBuilder c = new StringBuilder();
        if (f.shiftId() != null) {
            c.append(" AND ").append(alias).append(".shift_id = :shift");
            params.put("shift", f.shiftId());
        }
        if (hasLine && f.lineId() != null) {
            c.append(" AND ").append(alias).append(".line_id = :line");
            params.put("line", f.lineId());
        }
        if (!hasLine && f.productId() != null) {
            c.append(" AND ").append(alias).append(".product_id = :product");
            params.put("product", f.productId());
        }
        if (f.workOrderId() != null) {
            c.append(" AND ").append(alias).append(".work_order_id = :work_order");
            params.put("work_order", f.workOrderId());
        }
        return c.toString();
    }
}
