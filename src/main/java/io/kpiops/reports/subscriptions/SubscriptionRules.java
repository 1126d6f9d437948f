package io.kpiops.reports.subscriptions;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.clients.ClientService;
import io.kpiops.platform.tenancy.TenantScope;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.reports.subscriptions.SubscriptionRequests.ScheduleBody;
import io.kpiops.reports.subscriptions.SubscriptionRequests.SubscriptionBody;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.springframework.stereotype.Component;

/** Checks a subscription body beyond its annotations and turns it into a {@link SubscriptionSpec}, naming each bad field. */
@Component
class SubscriptionRules {

    static final int MAX_RECIPIENTS = 20;
    static final int MAX_CLIENTS = 10;
    /** Deliberately plain: one @, no spaces, a dot in the domain; the SMTP server has the last word. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

    private final ClientService clients;
    private final CatalogLookup catalog;

    SubscriptionRules(ClientService clients, CatalogLookup catalog) {
        this.clients = clients;
        this.catalog = catalog;
    }

    /**
     * @param callerScope the clients the caller may subscribe to
     * @param ownerScope  the clients the subscription's owner may see (the caller's own when creating)
     */
    SubscriptionSpec check(SubscriptionBody b, TenantScope callerScope, TenantScope ownerScope) {
        List<FieldError> errors = new ArrayList<>();
        List<Long> clientIds = List.copyOf(new LinkedHashSet<>(b.clientIds()));
        checkClients(clientIds, callerScope, ownerScope, errors);
        Set<Long> covered = Set.copyOf(clientIds);
        checkCatalog("shift_id", b.shiftId(), id -> catalog.shift(id).map(r -> r.clientId()), covered, errors);
        checkCatalog("line_id", b.lineId(), id -> catalog.line(id).map(r -> r.clientId()), covered, errors);
        checkCatalog("product_id", b.productId(), id -> catalog.product(id).map(r -> r.clientId()), covered, errors);
        List<String> recipients = recipients(b.recipients(), errors);
        Schedule schedule = schedule(b.schedule(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new SubscriptionSpec(clientIds, b.reportType(), b.period(), b.shiftId(), b.lineId(), b.productId(),
                b.language() == null ? "en" : b.language(), new TreeSet<>(b.formats()).stream().toList(), recipients,
                schedule);
    }

    private void checkClients(List<Long> ids, TenantScope callerScope, TenantScope ownerScope, List<FieldError> errors) {
        if (ids.size() > MAX_CLIENTS) {
            errors.add(new FieldError("client_ids", "at most " + MAX_CLIENTS + " clients"));
            return;
        }
        List<Long> visible = ids.stream().filter(callerScope::allows).toList();
        // A client outside the caller's scope is reported like a missing one: its existence is not revealed.
        ids.stream().filter(id -> !callerScope.allows(id))
                .forEach(id -> errors.add(new FieldError("client_ids", "client " + id + " does not exist")));
        errors.addAll(clients.checkAssignable("client_ids", visible));
        visible.stream().filter(id -> !ownerScope.allows(id)).forEach(id -> errors.add(
                new FieldError("client_ids", "the subscription's owner has no access to client " + id)));
    }

    private static void checkCatalog(String field, Long id, LongFunction<Optional<Long>> clientOf, Set<Long> covered,
            List<FieldError> errors) {
        if (id == null) {
            return;
        }
        Optional<Long> client = clientOf.apply(id);
        if (client.isEmpty()) {
            errors.add(new FieldError(field, field.replace("_id", "") + " " + id + " does not exist"));
        } else if (!covered.contains(client.get())) {
            errors.add(new FieldError(field, "belongs to none of the subscription's clients"));
        }
    }

    static List<String> recipients(List<String> raw, List<FieldError> errors) {
        if (raw.size() > MAX_RECIPIENTS) {
            errors.add(new FieldError("recipients", "at most " + MAX_RECIPIENTS + " addresses"));
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i) == null ? "" : raw.get(i).trim();
            if (a.length() > 254 || !EMAIL.matcher(a).matches()) {
                errors.add(new FieldError("recipients[" + i + "]", "'" + a + "' is not an e-mail address"));
            } else if (seen.add(a.toLowerCase(Locale.ROOT))) {
                out.add(a);
            }
        }
        return out;
    }

    static Schedule schedule(ScheduleBody s, List<FieldError> errors) {
        LocalTime time = LocalTime.parse(s.time());
        return switch (s.frequency()) {
            case DAILY -> new Schedule(s.frequency(), time, null, null);
            case WEEKLY -> {
                if (s.dayOfWeek() == null) {
                    errors.add(new FieldError("schedule.day_of_week", "a weekly schedule needs a weekday"));
                }
                yield new Schedule(s.frequency(), time, s.dayOfWeek(), null);
            }
            case MONTHLY -> new Schedule(s.frequency(), time, null, dayOfMonth(s.dayOfMonth(), errors));
        };
    }

    private static Integer dayOfMonth(String raw, List<FieldError> errors) {
        if ("last".equalsIgnoreCase(raw == null ? "" : raw.trim())) {
            return Schedule.LAST_DAY;
        }
        try {
            int day = Integer.parseInt(raw == null ? "" : raw.trim());
            if (day >= 1 && day <= 28) {
                return day;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("schedule.day_of_month", "must be a day 1–28 or 'last' (every month has those)"));
        return null;
    }
}
