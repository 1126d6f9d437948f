package io.kpiops.reports.subscriptions;

import java.io.Serializable;
import java.time.Instant;

/**
 * The data of a subscription's scheduler execution: which attempt is next and, for a retry, the run it retries
 * ({@code dueAt} null: the execution time itself is the run).
 */
record RetryState(Instant dueAt, int attempt) implements Serializable {

    static final RetryState FIRST = new RetryState(null, 1);
}
