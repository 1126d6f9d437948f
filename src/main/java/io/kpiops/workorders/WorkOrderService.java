package io.kpiops.workorders;

import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderRequests.CreateWorkOrderRequest;
import io.kpiops.workorders.WorkOrderRequests.JobBody;
import io.kpiops.workorders.WorkOrderRequests.UpdateWorkOrderRequest;
import io.kpiops.workorders.WorkOrderViews.StatusCount;
import io.kpiops.workorders.WorkOrderViews.WorkOrderSnapshot;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and finding work orders; status changes are {@link WorkOrderLifecycle}'s. */
@Service
class WorkOrderService {

    private final WorkOrderRepository orders;
    private final JobRepository jobs;
    private final WorkOrderTransitionRepository transitions;
    private final WorkOrderSupport support;
    private final EntityManager entityManager;

    WorkOrderService(WorkOrderRepository orders, JobRepository jobs, WorkOrderTransitionRepository transitions,
            WorkOrderSupport support, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.orders = orders;
        this.jobs = jobs;
        this.transitions = transitions;
        this.support = support;
    }

    /** Search criteria of the list; dates bound the promised date (planned ship, else required). */
    record Criteria(Long clientId, Collection<WorkOrderStatus> statuses, Long productId, String q, LocalDate from,
            LocalDate to) {

        Criteria {
            if (from != null && to != null && from.isAfter(to)) {
                throw ApiException.invalid("from", "must not be after 'to'");
            }
            statuses = statuses == null ? List.of() : statuses;
            q = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
        }

        Specification<WorkOrder> matching(boolean withStatus) {
            return (root, query, cb) -> {
                List<Predicate> p = new ArrayList<>();
                if (clientId != null) {
                    p.add(cb.equal(root.get("clientId"), clientId));
                }
                if (withStatus && !statuses.isEmpty()) {
                    p.add(root.get("status").in(statuses));
                }
                if (productId != null) {
                    p.add(cb.equal(root.get("productId"), productId));
                }
                if (q != null) {
                    p.add(cb.or(cb.like(cb.lower(root.get("number")), q), cb.like(cb.lower(root.get("customerPoNumber")), q)));
                }
                Expression<LocalDate> promised = cb.coalesce(root.<LocalDate>get("plannedShipDate"), root.get("requiredDate"));
                if (from != null) {
                    p.add(cb.greaterThanOrEqualTo(promised, from));
                }
                if (to != null) {
                    p.add(cb.lessThanOrEqualTo(promised, to));
                }
                return cb.and(p.toArray(Predicate[]::new));
            };
        }
    }

    @Transactional(readOnly = true)
    Page<WorkOrder> search(Criteria c, Pageable pageable) {
        return orders.findAll(c.matching(true), pageable);
    }

    /** Orders per status for the criteria (status itself ignored), every status listed, zeros included. */
    @Transactional(readOnly = true)
    List<StatusCount> statusCounts(Criteria c) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<WorkOrder> root = query.from(WorkOrder.class);
        query.multiselect(root.get("status"), cb.count(root))
                .where(c.matching(false).toPredicate(root, query, cb)).groupBy(root.get("status"));
        long[] counts = new long[WorkOrderStatus.values().length];
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts[row.get(0, WorkOrderStatus.class).ordinal()] = row.get(1, Long.class);
        }
        return Arrays.stream(WorkOrderStatus.values()).map(s -> new StatusCount(s, counts[s.ordinal()])).toList();
    }

    @Transactional(readOnly = true)
    WorkOrder get(long id) {
        return orders.findById(id).orElseThrow(() -> ApiException.notFound("Work order " + id));
    }

    @Transactional
    WorkOrder create(CreateWorkOrderRequest r) {
        support.requireClient(r.clientId());
        WorkOrderFields f = normalised(r.fields());
        List<JobBody> bodies = r.jobs() == null ? List.of() : r.jobs();
        List<FieldError> errors = new ArrayList<>(WorkOrderRules.check(r.clientId(), f, product(f.productId()), true,
                support.today(r.clientId())));
        errors.addAll(WorkOrderRules.checkJobs("jobs", r.clientId(), bodies.stream().map(JobBody::fields).toList(),
                support::line));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (orders.existsByClientIdAndNumberIgnoreCase(r.clientId(), f.number())) {
            throw ApiException.conflict("number", "This client already has a work order " + f.number() + ".");
        }
        WorkOrder o = new WorkOrder(r.clientId(), f.number(), support.now());
        o.change(f, support.now());
        orders.save(o);
        for (JobBody body : bodies) {
            Job j = new Job(o, support.now());
            j.change(body.fields(), true, support.now());
            jobs.save(j);
        }
        log(o, null, null);
        support.audit(WorkOrderSupport.ORDER, o.getId(), o.clientId, AuditAction.CREATE, null, WorkOrderSnapshot.of(o));
        return o;
    }

    @Transactional
    WorkOrder update(long id, UpdateWorkOrderRequest r) {
        WorkOrder o = get(id);
        o.requireVersion(r.version(), "Work order " + o.number);
        WorkOrderFields f = normalised(r.fields(o.number));
        List<FieldError> errors = new ArrayList<>(WorkOrderRules.check(o.clientId, f, product(f.productId()),
                !f.productId().equals(o.productId), support.today(o.clientId)));
        if (o.status == WorkOrderStatus.COMPLETED && (f.actualDeliveryDate() == null || f.deliveredQuantity() == null
                || f.deliveredQuantity() == 0)) {
            errors.add(new FieldError("actual_delivery_date", "a completed order keeps its delivery date and quantity"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        WorkOrderSnapshot before = WorkOrderSnapshot.of(o);
        o.change(f, support.now());
        orders.flush();
        support.audit(WorkOrderSupport.ORDER, o.getId(), o.clientId, AuditAction.UPDATE, before, WorkOrderSnapshot.of(o));
        return o;
    }

    /** Writes the log row of a status change (from is null when the order is created). */
    void log(WorkOrder o, WorkOrderStatus from, String reason) {
        log(o, from, reason, support.now());
    }

    /** Writes the log row of a status change that took effect at {@code at} (a hold placed or resumed back-dated). */
    void log(WorkOrder o, WorkOrderStatus from, String reason, java.time.Instant at) {
        WorkOrderSupport.Actor actor = support.actor();
        transitions.save(new WorkOrderTransition(o, from, reason, actor.id(), actor.name(), at));
    }

    private ProductRef product(Long id) {
        return id == null ? null : support.catalog().product(id).orElse(null);
    }

    private static WorkOrderFields normalised(WorkOrderFields f) {
        return new WorkOrderFields(f.number().trim().toUpperCase(Locale.ROOT), f.productId(), f.priority(),
                f.plannedQuantity(), f.deliveredQuantity(), f.plannedStartDate(), f.plannedShipDate(), f.requiredDate(),
                f.actualStartDate(), f.actualDeliveryDate(), f.idealCycleTimeHours(),
                WorkOrderRules.trimmed(f.customerPoNumber()), WorkOrderRules.trimmed(f.notes()));
    }
}
