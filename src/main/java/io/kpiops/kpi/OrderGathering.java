package io.kpiops.kpi;

import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.calc.DeliveryOrder;
import io.kpiops.kpi.calc.WipOrder;
import io.kpiops.kpi.inference.ClientDefaults;
import io.kpiops.kpi.inference.PromisedDate;
import io.kpiops.kpi.inference.WipStart;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.stereotype.Component;

/**
 * Gathers work orders for OTD / TRUE-OTD and WIP aging. Both weigh each order 1 and resolve a date per order
 * (promised date, WIP start), so they need the orders themselves, but only the few that can be in scope: for OTD the
 * orders whose dates can fall in the window (or that have no date, which are counted as skipped), for WIP the open
 * orders and their holds. Work orders have no shift or line, so such a filter leaves them out.
 */
@Component
class OrderGathering {

    /** How far before the window a planned start can lie and still give a promised date inside it. */
    private static final int PLANNED_START_REACH_DAYS = 400;

    private final KpiSql sql;

    OrderGathering(KpiSql sql) {
        this.sql = sql;
    }

    static boolean supports(KpiFilter f, Dimension by) {
        return f.shiftId() == null && f.lineId() == null && by != Dimension.SHIFT && by != Dimension.LINE;
    }

    /** An order for OTD with the group it belongs to (product or work order; the time groups are the promised day). */
    record Delivery(long productId, String product, long id, String number, DeliveryOrder order) {}

    /** An open order for WIP aging. */
    record Wip(long productId, String product, long id, String number, WipOrder order) {}

    List<Delivery> deliveries(KpiFilter f, KpiSettings settings) {
        if (!supports(f, null)) {
            return List.of();
        }
        Map<String, Object> params = params(f);
        params.put("reach", f.from().minusDays(PLANNED_START_REACH_DAYS));
        String query = """
                SELECT wo.id, wo.number, wo.product_id, pr.code AS product_code, wo.status, wo.planned_quantity, wo.delivered_quantity,
                       wo.planned_ship_date, wo.required_date, wo.planned_start_date, wo.actual_delivery_date,
                       COALESCE(wo.ideal_cycle_time_hours, pr.ideal_cycle_time_hours) AS standard_ict
                FROM work_orders wo JOIN products pr ON pr.id = wo.product_id
                WHERE wo.client_id = :client AND wo.status NOT IN ('CANCELLED', 'REJECTED') %s
                  AND ((wo.planned_ship_date BETWEEN :from AND :to)
                    OR (wo.planned_ship_date IS NULL AND wo.required_date BETWEEN :from AND :to)
                    OR (wo.planned_ship_date IS NULL AND wo.required_date IS NULL
                        AND (wo.planned_start_date BETWEEN :reach AND :to OR wo.planned_start_date IS NULL)))
                """.formatted(conditions(f, params));
        ClientDefaults defaults = ProductionGathering.defaults(settings);
        return sql.query(query, params, (rs, i) -> {
            BigDecimal ict = KpiSql.decimal(rs, "standard_ict");
            BigDecimal planned = BigDecimal.valueOf(rs.getLong("planned_quantity"));
            var promised = PromisedDate.resolve(KpiSql.day(rs, "planned_ship_date"), KpiSql.day(rs, "required_date"),
                    KpiSql.day(rs, "planned_start_date"), planned, ict != null && ict.signum() > 0 ? ict : null, defaults);
            String status = rs.getString("status");
            DeliveryOrder order = new DeliveryOrder(rs.getString("number"), promised, KpiSql.day(rs, "actual_delivery_date"),
                    "COMPLETED".equals(status), false, planned, BigDecimal.valueOf(rs.getLong("delivered_quantity")));
            return new Delivery(rs.getLong("product_id"), rs.getString("product_code"), rs.getLong("id"),
                    rs.getString("number"), order);
        });
    }

    List<Wip> openOrders(KpiFilter f, ZoneId zone) {
        if (!supports(f, null)) {
            return List.of();
        }
        Map<String, Object> params = params(f);
        // the first production day is looked up per open order (index on client, order, day), not grouped over the
        // client's whole production history, which grows with every day recorded
        String query = """
                SELECT wo.id, wo.number, wo.product_id, pr.code AS product_code, wo.actual_start_date, wo.planned_start_date,
                       wo.actual_delivery_date, wo.created_at,
                       (SELECT MIN(p.shift_date) FROM production_entries p
                        WHERE p.client_id = :client AND p.work_order_id = wo.id AND p.deleted_at IS NULL) AS first_day
                FROM work_orders wo JOIN products pr ON pr.id = wo.product_id
                WHERE wo.client_id = :client AND wo.status IN ('ACTIVE', 'ON_HOLD') %s
                """.formatted(conditions(f, params));
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        record Open(long id, String number, long productId, String product, LocalDate actual, LocalDate first, LocalDate planned,
                LocalDate created, LocalDate delivered) {}
        List<Open> open = sql.query(query, params, (rs, i) -> new Open(rs.getLong("id"), rs.getString("number"),
                rs.getLong("product_id"), rs.getString("product_code"), KpiSql.day(rs, "actual_start_date"), KpiSql.day(rs, "first_day"),
                KpiSql.day(rs, "planned_start_date"), createdDay(rs, utc, zone), KpiSql.day(rs, "actual_delivery_date")));
        Map<Long, List<WipOrder.Hold>> holds = holds(f.client(), open.stream().map(Open::id).toList());
        return open.stream().map(o -> new Wip(o.productId(), o.product(), o.id(), o.number(), new WipOrder(o.number(), false,
                o.delivered(), WipStart.resolve(o.actual(), o.first(), o.planned(), o.created()),
                holds.getOrDefault(o.id(), List.of())))).toList();
    }

    private Map<Long, List<WipOrder.Hold>> holds(long client, List<Long> orders) {
        Map<Long, List<WipOrder.Hold>> holds = new HashMap<>();
        if (orders.isEmpty()) {
            return holds;
        }
        sql.query("""
                SELECT h.work_order_id, h.held_date, h.resumed_date FROM holds h
                WHERE h.client_id = :client AND h.deleted_at IS NULL AND h.status <> 'CANCELLED'
                  AND h.work_order_id IN (:orders)
                """, Map.of("client", client, "orders", orders), (rs, i) -> holds
                .computeIfAbsent(rs.getLong("work_order_id"), k -> new ArrayList<>())
                .add(new WipOrder.Hold(KpiSql.day(rs, "held_date"), KpiSql.day(rs, "resumed_date"))));
        return holds;
    }

    private static LocalDate createdDay(ResultSet rs, Calendar utc, ZoneId zone) throws SQLException {
        java.sql.Timestamp created = rs.getTimestamp("created_at", utc);
        return created == null ? null : LocalDate.ofInstant(created.toInstant(), zone);
    }

    private static Map<String, Object> params(KpiFilter f) {
        Map<String, Object> params = new HashMap<>();
        params.put("client", f.client());
        params.put("from", f.from());
        params.put("to", f.to());
        return params;
    }

    private static String conditions(KpiFilter f, Map<String, Object> params) {
        StringBuilder c = new StringBuilder();
        if (f.productId() != null) {
            c.append(" AND wo.product_id = :product");
            params.put("product", f.productId());
        }
        if (f.workOrderId() != null) {
            c.append(" AND wo.id = :work_order");
            params.put("work_order", f.workOrderId());
        }
        return c.toString();
    }
}
