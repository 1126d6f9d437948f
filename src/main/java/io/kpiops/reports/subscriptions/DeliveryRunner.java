package io.kpiops.reports.subscriptions;

import io.kpiops.clients.ClientService;
import io.kpiops.clients.ClientSummary;
import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.CallerDirectory;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.platform.web.ApiException;
import io.kpiops.reports.RenderedReport;
import io.kpiops.reports.ReportRenderer;
import io.kpiops.reports.ReportRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One delivery of a subscription, the same for scheduled runs and "send now": render each format with the owner's
 * tenant scope in force, mail the files, and record the attempt. Reads and writes run as the system; only rendering
 * runs as the owner, so a client the owner has lost fails the delivery instead of leaking into the mail.
 */
@Component
class DeliveryRunner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRunner.class);

    private final ReportSubscriptionRepository subscriptions;
    private final ReportDeliveryRepository deliveries;
    private final ClientService clients;
    private final CallerDirectory callers;
    private final ObjectProvider<ReportRenderer> renderer;
    private final ReportMailer mailer;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeliveryRunner(ReportSubscriptionRepository subscriptions, ReportDeliveryRepository deliveries, ClientService clients,
            CallerDirectory callers, ObjectProvider<ReportRenderer> renderer, ReportMailer mailer, TransactionTemplate tx, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clients = clients;
        this.callers = callers;
        this.renderer = renderer;
        this.mailer = mailer;
        this.tx = tx;
        this.clock = clock;
    }

    /** A failed attempt that a later one may fix (SMTP down, a rendering error) is retryable; a refusal is not. */
    record Attempt(DeliveryOutcome outcome, boolean retryable) {}

    Optional<DeliveryPlan> plan(long subscriptionId) {
        return TenantScopes.asSystem(() -> tx.execute(status -> subscriptions.findById(subscriptionId).map(this::plan)));
    }

    private DeliveryPlan plan(ReportSubscription s) {
        Map<Long, String> names = clients.summaries(s.clientIds).stream()
                .collect(Collectors.toMap(ClientSummary::id, ClientSummary::name));
        ZoneId zone = ZoneId.of(clients.timeZoneOf(s.getClientId()).orElse("UTC"));
        List<Long> ids = s.sortedClientIds();
        return new DeliveryPlan(s.getId(), s.getClientId(), s.ownerId, s.ownerName, ids,
                ids.stream().map(id -> names.getOrDefault(id, "#" + id)).toList(), s.reportType, s.period, s.shiftId,
                s.lineId, s.productId, s.language, s.formatList(), s.recipientList(), s.schedule(), zone, s.isActive());
    }

    /** Renders and mails the report for the run due at {@code dueAt}; records nothing (see {@link #record}). */
    Attempt deliver(DeliveryPlan p, ReportDelivery.Trigger trigger, int attempt, Instant dueAt) {
        RelativePeriod.Range period = p.period().resolve(LocalDate.ofInstant(dueAt, p.zone()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as every database stores it
        Function<String, DeliveryOutcome> outcome = error -> new DeliveryOutcome(p.subscriptionId(), p.homeClientId(),
                trigger, attempt, dueAt, now, period, p.recipients(), List.of(), error, null);
        try {
            mailer.requireConfigured(); // no point rendering what cannot be sent
            ReportRenderer reports = renderer.getIfAvailable();
            if (reports == null) {
                throw new DeliveryRefused("reports cannot be rendered: this installation has no report renderer");
            }
            TenantScope scope = ownerScope(p);
            ReportRequest request = new ReportRequest(p.reportType(), p.clientIds(), period.from(), period.to(),
                    p.shiftId(), p.lineId(), p.productId(), Locale.forLanguageTag(p.language()));
            List<RenderedReport> files = TenantScopes.as(scope,
                    () -> p.formats().stream().map(f -> reports.render(request, f)).toList());
            List<String> names = files.stream().map(RenderedReport::fileName).toList();
            mailer.send(new ReportMailer.Mail(p.recipients(), MailText.subject(p.language(), p.reportType(),
                    p.clientNames(), period), MailText.body(p.language(), p.reportType(), p.clientNames(), period, names,
                    p.ownerName()), files));
            return new Attempt(new DeliveryOutcome(p.subscriptionId(), p.homeClientId(), trigger, attempt, dueAt, now,
                    period, p.recipients(), names, null, null), false);
        } catch (DeliveryRefused e) {
            return new Attempt(outcome.apply(e.getMessage()), false);
        } catch (ApiException e) {
            // The renderer refuses what the owner may not see (404) or cannot report (422): trying again will not help.
            return new Attempt(outcome.apply("the report was refused: " + e.getMessage()), false);
        } catch (MailException e) {
            log.warn("report subscription {}: mail failed: {}", p.subscriptionId(), e.getMessage());
            return new Attempt(outcome.apply("SMTP: " + rootMessage(e)), true);
        } catch (RuntimeException e) {
            log.warn("report subscription {}: delivery failed", p.subscriptionId(), e);
            return new Attempt(outcome.apply("rendering failed: " + rootMessage(e)), true);
        }
    }

    /** The owner's clients now: an owner deactivated, made an operator or taken off a client cannot receive it. */
    private TenantScope ownerScope(DeliveryPlan p) {
        Caller owner = callers.find(p.ownerId()).orElse(null);
        if (owner == null || !owner.active()) {
            throw new DeliveryRefused("the owner " + p.ownerName() + " is no longer an active user");
        }
        if (owner.role() == Role.OPERATOR) {
            throw new DeliveryRefused("the owner " + owner.username() + " is an operator now; operators cannot subscribe");
        }
        TenantScope scope = owner.tenantScope();
        for (int i = 0; i < p.clientIds().size(); i++) {
            if (!scope.allows(p.clientIds().get(i))) {
                throw new DeliveryRefused("the owner " + owner.username() + " no longer has access to client "
                        + p.clientNames().get(i));
            }
        }
        return scope;
    }

    ReportDelivery record(DeliveryOutcome outcome) {
        return TenantScopes.asSystem(() -> tx.execute(status -> deliveries.save(new ReportDelivery(outcome))));
    }

    /** Whether the scheduled run due at {@code dueAt} was already mailed (a run repeated after a node died). */
    boolean alreadySent(long subscriptionId, Instant dueAt) {
        return TenantScopes.asSystem(() -> tx.execute(status -> deliveries.existsBySubscriptionIdAndDueAtAndTriggerAndStatus(
                subscriptionId, dueAt, ReportDelivery.Trigger.SCHEDULED, ReportDelivery.Status.SENT)));
    }

    /** Stores and returns the run after {@code after}; empty when the subscription is gone or paused. */
    Optional<Instant> advance(long subscriptionId, Instant after) {
        return TenantScopes.asSystem(() -> tx.execute(status -> subscriptions.findById(subscriptionId)
                .filter(ReportSubscription::isActive).map(s -> {
                    ZoneId zone = ZoneId.of(clients.timeZoneOf(s.getClientId()).orElse("UTC"));
                    Instant next = s.schedule().nextAfter(after, zone);
                    subscriptions.setNextRun(s.getId(), next);
                    return next;
                })));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
