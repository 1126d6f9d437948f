package io.kpiops.reports.subscriptions;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The db-scheduler task behind every subscription: one execution per subscription (instance id = its id), picked by
 * exactly one node. A run delivers, then reschedules itself to the next time of the schedule; a retryable failure is
 * tried again after 1, 5 and 25 minutes before the schedule moves on.
 */
@Component
class ScheduledDeliveries {

    static final String TASK = "report-subscription";
    /** Waits before attempts 2, 3 and 4. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(25));

    private final DeliveryRunner runner;
    private final Clock clock;
    private final CustomTask<RetryState> task;

    ScheduledDeliveries(DeliveryRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
        this.task = Tasks.custom(TASK, RetryState.class)
                // a node that died mid-run: run it again (the delivery record keeps a sent run from being mailed twice)
                .onDeadExecutionRevive()
                .execute(this::run);
    }

    CustomTask<RetryState> task() {
        return task;
    }

    TaskInstance<RetryState> instance(long subscriptionId) {
        return task.instance(Long.toString(subscriptionId), RetryState.FIRST);
    }

    private CompletionHandler<RetryState> run(TaskInstance<RetryState> instance, ExecutionContext context) {
        long id = Long.parseLong(instance.getId());
        RetryState state = instance.getData() == null ? RetryState.FIRST : instance.getData();
        Instant due = state.dueAt() == null ? context.getExecution().executionTime : state.dueAt();
        Optional<DeliveryPlan> plan = runner.plan(id).filter(DeliveryPlan::active);
        if (plan.isEmpty()) {
            return (complete, ops) -> ops.remove();
        }
        if (!runner.alreadySent(id, due)) {
            DeliveryRunner.Attempt attempt = runner.deliver(plan.get(), ReportDelivery.Trigger.SCHEDULED, state.attempt(), due);
            if (attempt.retryable() && state.attempt() <= BACKOFF.size()) {
                Instant retryAt = attempt.outcome().attemptedAt().plus(BACKOFF.get(state.attempt() - 1));
                runner.record(attempt.outcome().retryingAt(retryAt));
                RetryState next = new RetryState(due, state.attempt() + 1);
                return (complete, ops) -> ops.reschedule(complete, retryAt, next);
            }
            runner.record(attempt.outcome());
        }
        Instant now = clock.instant();
        Optional<Instant> next = runner.advance(id, due.isAfter(now) ? due : now);
        return next.<CompletionHandler<RetryState>>map(at -> (complete, ops) -> ops.reschedule(complete, at, RetryState.FIRST))
                .orElse((complete, ops) -> ops.remove());
    }
}
