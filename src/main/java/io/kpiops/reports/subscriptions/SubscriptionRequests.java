package io.kpiops.reports.subscriptions;

import io.kpiops.reports.ReportFormat;
import io.kpiops.reports.ReportType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Bodies of /api/reports/subscriptions. */
final class SubscriptionRequests {

    private SubscriptionRequests() {}

    /** When to send: {@code time} HH:mm in the home client's zone; weekly needs a weekday, monthly a day 1–28 or "last". */
    record ScheduleBody(@NotNull Schedule.Frequency frequency,
            @NotNull @Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d", message = "must be a time HH:mm") String time,
            DayOfWeek dayOfWeek, String dayOfMonth) {}

    /** Create and update share one shape; update adds the version it was based on. */
    record SubscriptionBody(@NotEmpty List<Long> clientIds, @NotNull ReportType reportType, @NotNull RelativePeriod period,
            Long shiftId, Long lineId, Long productId,
            @Pattern(regexp = "en|es", message = "must be en or es") String language,
            @NotEmpty List<ReportFormat> formats, @NotEmpty List<String> recipients,
            @NotNull @Valid ScheduleBody schedule, Boolean active, Long version) {}

    record ScheduleView(Schedule.Frequency frequency, String time, DayOfWeek dayOfWeek, String dayOfMonth,
            String timeZone) {}

    record SubscriptionResponse(long id, long clientId, List<Long> clientIds, long ownerId, String ownerName,
            ReportType reportType, RelativePeriod period, Long shiftId, Long lineId, Long productId, String language,
            List<ReportFormat> formats, List<String> recipients, ScheduleView schedule, boolean active, Instant nextRunAt,
            long version, Instant createdAt, Instant updatedAt) {
        static SubscriptionResponse of(ReportSubscription s, String timeZone) {
            return new SubscriptionResponse(s.getId(), s.getClientId(), s.sortedClientIds(), s.ownerId, s.ownerName,
                    s.reportType, s.period, s.shiftId, s.lineId, s.productId, s.language, s.formatList(),
                    s.recipientList(), new ScheduleView(s.frequency, s.sendTime, s.dayOfWeek, s.dayOfMonth, timeZone),
                    s.isActive(), s.nextRunAt, s.getVersion(), s.getCreatedAt(), s.getUpdatedAt());
        }
    }

    /** What the audit log keeps of a subscription. */
    record SubscriptionSnapshot(List<Long> clientIds, long ownerId, ReportType reportType, RelativePeriod period,
            Long shiftId, Long lineId, Long productId, String language, List<ReportFormat> formats,
            List<String> recipients, Schedule.Frequency frequency, String time, DayOfWeek dayOfWeek, String dayOfMonth,
            boolean active) {
        static SubscriptionSnapshot of(ReportSubscription s) {
            return new SubscriptionSnapshot(s.sortedClientIds(), s.ownerId, s.reportType, s.period, s.shiftId, s.lineId,
                    s.productId, s.language, s.formatList(), s.recipientList(), s.frequency, s.sendTime, s.dayOfWeek,
                    s.dayOfMonth, s.isActive());
        }
    }

    record DeliveryResponse(long id, long subscriptionId, ReportDelivery.Trigger trigger, int attempt, Instant dueAt,
            Instant attemptedAt, LocalDate periodFrom, LocalDate periodTo, List<String> recipients,
            ReportDelivery.Status status, String error, List<String> fileNames, Instant nextRetryAt) {
        static DeliveryResponse of(ReportDelivery d) {
            return new DeliveryResponse(d.id, d.subscriptionId, d.trigger, d.attempt, d.dueAt, d.attemptedAt,
                    d.periodFrom, d.periodTo, d.recipientList(), d.status, d.error, d.fileNameList(), d.nextRetryAt);
        }
    }
}
