package io.kpiops.kpi;

import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scope of a KPI request: one or more clients, an inclusive range of production days and optional filters.
 * Windows are limited to 3 years so a request never scans more than that.
 */
public record KpiFilter(List<Long> clientIds, LocalDate from, LocalDate to, Long shiftId, Long lineId, Long productId,
        Long workOrderId) {

    static final int MAX_YEARS = 3;

    public KpiFilter {
        List<FieldError> errors = new ArrayList<>();
        if (clientIds == null || clientIds.isEmpty()) {
            errors.add(new FieldError("client_id", "is required"));
        }
        if (from == null) {
            errors.add(new FieldError("from", "is required"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("from", "must not be after 'to'"));
        }
        if (from != null && to != null && to.isAfter(from.plusYears(MAX_YEARS))) {
            errors.add(new FieldError("to", "the window may span at most " + MAX_YEARS + " years"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        clientIds = clientIds.stream().distinct().toList();
    }

    KpiFilter forClient(long clientId) {
        return new KpiFilter(List.of(clientId), from, to, shiftId, lineId, productId, workOrderId);
    }

    long client() {
        return clientIds.getFirst();
    }
}
