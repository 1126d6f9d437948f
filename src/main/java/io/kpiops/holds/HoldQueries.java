package io.kpiops.holds;

import io.kpiops.holds.HoldViews.AgingResponse;
import io.kpiops.holds.HoldViews.HoldResponse;
import io.kpiops.platform.web.ApiException;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of holds: the filtered list and the aging of open holds, within the caller's clients. */
@Service
class HoldQueries {

    private final HoldRepository holds;
    private final HoldResponses responses;

    HoldQueries(HoldRepository holds, HoldResponses responses) {
        this.holds = holds;
        this.responses = responses;
    }

    /** Filters of the list; from/to bound the plant-local day the hold started; open = only ON_HOLD. */
    record Criteria(Long clientId, List<HoldStatus> statuses, Long workOrderId, LocalDate from, LocalDate to,
            Boolean open) {

        Criteria {
            if (from != null && to != null && from.isAfter(to)) {
                throw ApiException.invalid("from", "must not be after 'to'");
            }
            statuses = statuses == null ? List.of() : statuses;
        }

        Specification<Hold> matching() {
            return (root, query, cb) -> {
                List<Predicate> p = new ArrayList<>();
                if (clientId != null) {
                    p.add(cb.equal(root.get("clientId"), clientId));
                }
                if (!statuses.isEmpty()) {
                    p.add(root.get("status").in(statuses));
                }
                if (Boolean.TRUE.equals(open)) {
                    p.add(cb.equal(root.get("status"), HoldStatus.ON_HOLD));
                } else if (Boolean.FALSE.equals(open)) {
                    p.add(cb.notEqual(root.get("status"), HoldStatus.ON_HOLD));
                }
                if (workOrderId != null) {
                    p.add(cb.equal(root.get("workOrderId"), workOrderId));
                }
                if (from != null) {
                    p.add(cb.greaterThanOrEqualTo(root.get("heldDate"), from));
                }
                if (to != null) {
                    p.add(cb.lessThanOrEqualTo(root.get("heldDate"), to));
                }
                return cb.and(p.toArray(Predicate[]::new));
            };
        }
    }

    @Transactional(readOnly = true)
    Page<HoldResponse> search(Criteria c, Pageable pageable) {
        Page<Hold> page = holds.findAll(c.matching(), pageable);
        return new PageImpl<>(responses.of(page.getContent()), pageable, page.getTotalElements());
    }

    /** Every open hold of the caller's clients (or of one), oldest first, with its age and bucket. */
    @Transactional(readOnly = true)
    AgingResponse aging(Long clientId) {
        Criteria open = new Criteria(clientId, List.of(HoldStatus.ON_HOLD), null, null, null, null);
        return responses.aging(holds.findAll(open.matching(), Sort.by("heldAt", "id")));
    }
}
