package io.kpiops.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a report covers: one or more clients (pooled and per client, as the KPI API does), a period of production days,
 * optional shift/line/product filters (null = all) and the language of its text (en or es).
 */
public record ReportRequest(ReportType type, List<Long> clientIds, LocalDate from, LocalDate to, Long shiftId,
        Long lineId, Long productId, Locale language) {

    public ReportRequest {
        clientIds = List.copyOf(clientIds);
    }
}
