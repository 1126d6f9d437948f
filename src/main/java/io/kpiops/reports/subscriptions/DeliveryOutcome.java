package io.kpiops.reports.subscriptions;

import java.time.Instant;
import java.util.List;

/** What one delivery attempt did; {@code error} null means the mail was handed to the SMTP server. */
record DeliveryOutcome(long subscriptionId, long clientId, ReportDelivery.Trigger trigger, int attempt, Instant dueAt,
        Instant attemptedAt, RelativePeriod.Range period, List<String> recipients, List<String> fileNames, String error,
        Instant nextRetryAt) {

    boolean sent() {
        return error == null;
    }

    DeliveryOutcome retryingAt(Instant at) {
        return new DeliveryOutcome(subscriptionId, clientId, trigger, attempt, dueAt, attemptedAt, period, recipients,
                fileNames, error, at);
    }
}
