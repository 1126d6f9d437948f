package io.kpiops.reports.subscriptions;

import io.kpiops.reports.ReportFormat;
import io.kpiops.reports.ReportType;
import java.util.List;

/** A validated subscription request: what to render, for whom, and when. The first client is the home client. */
record SubscriptionSpec(List<Long> clientIds, ReportType reportType, RelativePeriod period, Long shiftId, Long lineId,
        Long productId, String language, List<ReportFormat> formats, List<String> recipients, Schedule schedule) {}
