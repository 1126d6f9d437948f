package io.kpiops.workorders;

import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.tenancy.TenantScopes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the entry modules may read of work orders: an order with its jobs, by id or by number, always within the
 * caller's scope (the tenant filter applies), so another client's order is simply absent.
 */
@Service
public class WorkOrderLookup {

    /** A work order as entry modules see it; the status says whether it may still take entries and holds. */
    public record OrderRef(long id, long clientId, String number, long productId, WorkOrderStatus status,
            List<JobRef> jobs) {

        public Optional<JobRef> job(long jobId) {
            return jobs.stream().filter(j -> j.id() == jobId).findFirst();
        }

        /** The line of the order's first job that names one (where an order is usually run), or null. */
        public Long usualLineId() {
            return jobs.stream().map(JobRef::lineId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        public boolean open() {
            return status == WorkOrderStatus.ACTIVE || status == WorkOrderStatus.ON_HOLD;
        }
    }

    public record JobRef(long id, int sequence, String operationName, Long lineId) {}

    private final WorkOrderRepository orders;
    private final JobRepository jobs;
    private final JdbcClient jdbc;

    WorkOrderLookup(WorkOrderRepository orders, JobRepository jobs, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.jobs = jobs;
    }

    @Transactional(readOnly = true)
    public Optional<OrderRef> order(long id) {
        return orders.findById(id).map(o -> refs(List.of(o)).get(0));
    }

    /**
     * Orders by id with their jobs, those outside the caller's scope left out. Plain SQL, as every shift-data write
     * asks: through Hibernate, the tenant filter makes each such read build its SQL anew.
     */
    public Map<Long, OrderRef> orders(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TenantScope scope = TenantScopes.current();
        List<Long> wanted = ids.stream().distinct().toList();
        Map<Long, List<JobRef>> jobsByOrder = new HashMap<>();
        jdbc.sql("SELECT id, work_order_id, sequence, operation_name, line_id FROM jobs WHERE work_order_id IN (:ids)"
                        + " ORDER BY work_order_id, sequence").param("ids", wanted)
                .query(rs -> {
                    jobsByOrder.computeIfAbsent(rs.getLong("work_order_id"), k -> new ArrayList<>()).add(new JobRef(
                            rs.getLong("id"), rs.getInt("sequence"), rs.getString("operation_name"),
                            rs.getObject("line_id") instanceof Number n ? n.longValue() : null));
                });
        Map<Long, OrderRef> found = new LinkedHashMap<>();
        jdbc.sql("SELECT id, client_id, number, product_id, status FROM work_orders WHERE id IN (:ids)")
                .param("ids", wanted)
                .query((rs, i) -> new OrderRef(rs.getLong("id"), rs.getLong("client_id"), rs.getString("number"),
                        rs.getLong("product_id"), WorkOrderStatus.valueOf(rs.getString("status")),
                        List.copyOf(jobsByOrder.getOrDefault(rs.getLong("id"), List.of()))))
                .list().stream().filter(o -> scope.allows(o.clientId())).forEach(o -> found.put(o.id(), o));
        return found;
    }

    /** Every order of a client keyed by upper-case number (for batches and imports that name orders by number). */
    @Transactional(readOnly = true)
    public Map<String, OrderRef> ordersByNumber(long clientId) {
        Map<String, OrderRef> byNumber = new LinkedHashMap<>();
        refs(orders.findByClientId(clientId)).forEach(r -> byNumber.put(r.number().toUpperCase(Locale.ROOT), r));
        return byNumber;
    }

    private List<OrderRef> refs(List<WorkOrder> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<JobRef>> jobsByOrder = jobs.findByWorkOrderIdInOrderBySequence(
                        found.stream().map(WorkOrder::getId).toList()).stream()
                .collect(Collectors.groupingBy(j -> j.workOrderId, LinkedHashMap::new,
                        Collectors.mapping(j -> new JobRef(j.getId(), j.sequence, j.operationName, j.lineId),
                                Collectors.toList())));
        return found.stream().map(o -> new OrderRef(o.getId(), o.clientId, o.number, o.productId, o.status,
                jobsByOrder.getOrDefault(o.getId(), List.of()))).toList();
    }
}
