package io.kpiops.downtime;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** The filters of GET /api/downtime; null means "any". */
record DowntimeQuery(Long clientId, LocalDate from, LocalDate to, Long shiftId, Long lineId, Long workOrderId,
        Long reasonId, Boolean planned) {

    /** @param reasonIds for the planned filter: the reasons of that class in scope (null when not filtering by it) */
    Specification<DowntimeEntry> where(List<Long> reasonIds) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (clientId != null) {
                p.add(cb.equal(root.get("clientId"), clientId));
            }
            if (from != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("shiftDate"), from));
            }
            if (to != null) {
                p.add(cb.lessThanOrEqualTo(root.get("shiftDate"), to));
            }
            if (shiftId != null) {
                p.add(cb.equal(root.get("shiftId"), shiftId));
            }
            if (lineId != null) {
                p.add(cb.equal(root.get("lineId"), lineId));
            }
            if (workOrderId != null) {
                p.add(cb.equal(root.get("workOrderId"), workOrderId));
            }
            if (reasonId != null) {
                p.add(cb.equal(root.get("reasonId"), reasonId));
            }
            if (reasonIds != null) {
                p.add(reasonIds.isEmpty() ? cb.disjunction() : root.get("reasonId").in(reasonIds));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
