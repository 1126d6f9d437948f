package io.kpiops.reports.subscriptions;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import io.kpiops.clients.ClientService;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.CallerDirectory;
import io.kpiops.platform.security.CurrentCaller;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.web.ApiException;
import io.kpiops.reports.subscriptions.SubscriptionRequests.SubscriptionBody;
import io.kpiops.reports.subscriptions.SubscriptionRequests.SubscriptionSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report subscriptions: who may see and change which, validation, audit, and keeping the scheduler's execution in step.
 * Leaders see and manage their own; powerusers and admins also those of other users that cover only their clients
 * (e.g. to stop mails of someone who left). Operators cannot subscribe.
 */
@Service
class SubscriptionService {

    static final String ENTITY = "report_subscription";

    private final ReportSubscriptionRepository repository;
    private final ReportDeliveryRepository deliveries;
    private final SubscriptionRules rules;
    private final ClientService clients;
    private final CallerDirectory callers;
    private final SchedulerClient scheduler;
    private final ScheduledDeliveries task;
    private final DeliveryRunner runner;
    private final AuditLog audit;
    private final Clock clock;

    SubscriptionService(ReportSubscriptionRepository repository, ReportDeliveryRepository deliveries,
            SubscriptionRules rules, ClientService clients, CallerDirectory callers, SchedulerClient scheduler,
            ScheduledDeliveries task, DeliveryRunner runner, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.rules = rules;
        this.clients = clients;
        this.callers = callers;
        this.scheduler = scheduler;
        this.task = task;
        this.runner = runner;
        this.audit = audit;
        this.clock = clock;
    }

    /** The API view, with the home client's time zone that the schedule follows. */
    SubscriptionRequests.SubscriptionResponse view(ReportSubscription s) {
        return SubscriptionRequests.SubscriptionResponse.of(s, clients.timeZoneOf(s.getClientId()).orElse("UTC"));
    }

    /** Leaders: their own. Powerusers and admins: every one of their clients', or only their own with {@code mine}. */
    @Transactional(readOnly = true)
    Page<ReportSubscription> list(boolean mine, Long clientId, Pageable pageable) {
        Caller caller = CurrentCaller.get();
        Long owner = mine || !managesOthers(caller) ? caller.id() : null;
        return repository.search(owner, clientId, pageable);
    }

    @Transactional(readOnly = true)
    ReportSubscription get(long id) {
        ReportSubscription s = repository.findById(id).orElseThrow(() -> notFound(id));
        Caller caller = CurrentCaller.get();
        if (!s.ownerId.equals(caller.id()) && !managesOthers(caller)) {
            throw notFound(id); // a leader does not learn of colleagues' subscriptions
        }
        return s;
    }

    @Transactional
    ReportSubscription create(SubscriptionBody body) {
        Caller caller = CurrentCaller.get();
        TenantScope scope = caller.tenantScope();
        SubscriptionSpec spec = rules.check(body, scope, scope);
        ReportSubscription s = new ReportSubscription(spec.clientIds().getFirst(), caller.id(), caller.username(), clock.instant());
        s.change(spec, clock.instant());
        s.pause(Boolean.FALSE.equals(body.active()), clock.instant());
        repository.saveAndFlush(s);
        reschedule(s);
        audit.record(ENTITY, s.getId(), s.getClientId(), AuditAction.CREATE, null, SubscriptionSnapshot.of(s));
        return s;
    }

    @Transactional
    ReportSubscription update(long id, SubscriptionBody body) {
        ReportSubscription s = get(id);
        if (body.version() == null) {
            throw ApiException.invalid("version", "must not be null");
        }
        s.requireVersion(body.version(), "Report subscription " + id);
        SubscriptionSpec spec = rules.check(body, CurrentCaller.get().tenantScope(), ownerScope(s));
        if (!spec.clientIds().contains(s.getClientId())) {
            throw ApiException.invalid("client_ids", "must keep client " + s.getClientId()
                    + ", the subscription's home client whose time zone it follows; create a new subscription instead");
        }
        SubscriptionSnapshot before = SubscriptionSnapshot.of(s);
        s.change(spec, clock.instant());
        if (body.active() != null) {
            s.pause(!body.active(), clock.instant());
        }
        return saved(s, before);
    }

    @Transactional
    ReportSubscription pause(long id, boolean paused) {
        ReportSubscription s = get(id);
        SubscriptionSnapshot before = SubscriptionSnapshot.of(s);
        s.pause(paused, clock.instant());
        return saved(s, before);
    }

    @Transactional
    void delete(long id) {
        ReportSubscription s = get(id);
        audit.record(ENTITY, s.getId(), s.getClientId(), AuditAction.DELETE, SubscriptionSnapshot.of(s), null);
        cancel(id);
        repository.delete(s);
    }

    @Transactional(readOnly = true)
    Page<ReportDelivery> deliveries(long id, Pageable pageable) {
        get(id);
        return deliveries.findBySubscriptionId(id, pageable);
    }

    /** "Send now": the scheduled path for the current period, once, recorded as a manual delivery; paused ones too. */
    ReportDelivery sendNow(long id) {
        get(id);
        DeliveryPlan plan = runner.plan(id).orElseThrow(() -> notFound(id));
        return runner.record(runner.deliver(plan, ReportDelivery.Trigger.MANUAL, 1, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).outcome());
    }

    private ReportSubscription saved(ReportSubscription s, SubscriptionSnapshot before) {
        repository.flush();
        reschedule(s);
        audit.record(ENTITY, s.getId(), s.getClientId(), AuditAction.UPDATE, before, SubscriptionSnapshot.of(s));
        return s;
    }

    /** Puts the scheduler's execution at the next run (or removes it when paused), in this transaction. */
    private void reschedule(ReportSubscription s) {
        if (!s.isActive()) {
            repository.setNextRun(s.getId(), null);
            s.nextRunAt = null;
            cancel(s.getId());
            return;
        }
        ZoneId zone = ZoneId.of(clients.timeZoneOf(s.getClientId()).orElse("UTC"));
        Instant next = s.schedule().nextAfter(clock.instant(), zone);
        repository.setNextRun(s.getId(), next);
        s.nextRunAt = next;
        try {
            if (scheduler.getScheduledExecution(task.instance(s.getId())).isPresent()) {
                scheduler.reschedule(task.instance(s.getId()), next, RetryState.FIRST);
            } else {
                scheduler.schedule(task.instance(s.getId()), next);
            }
        } catch (TaskInstanceCurrentlyExecutingException e) {
            // A run is under way: when it ends it computes its next time from the subscription as saved now.
        }
    }

    private void cancel(long id) {
        try {
            if (scheduler.getScheduledExecution(task.instance(id)).isPresent()) {
                scheduler.cancel(task.instance(id));
            }
        } catch (TaskInstanceCurrentlyExecutingException e) {
            // The run under way finds the subscription paused or gone and removes its execution itself.
        }
    }

    private TenantScope ownerScope(ReportSubscription s) {
        return callers.find(s.ownerId).filter(Caller::active).map(Caller::tenantScope).orElse(TenantScope.NONE);
    }

    private static boolean managesOthers(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.POWERUSER;
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("Report subscription " + id);
    }
}
