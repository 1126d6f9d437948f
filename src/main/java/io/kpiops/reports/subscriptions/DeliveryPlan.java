package io.kpiops.reports.subscriptions;

import io.kpiops.reports.ReportFormat;
import io.kpiops.reports.ReportType;
import java.time.ZoneId;
import java.util.List;

/** A subscription as read for one delivery, detached from the persistence context. */
record DeliveryPlan(long subscriptionId, long homeClientId, long ownerId, String ownerName, List<Long> clientIds,
        List<String> clientNames, ReportType reportType, RelativePeriod period, Long shiftId, Long lineId,
        Long productId, String language, List<ReportFormat> formats, List<String> recipients, Schedule schedule,
        ZoneId zone, boolean active) {}
