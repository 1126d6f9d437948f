package io.kpiops.downtime;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.downtime.DowntimeRules.Context;
import io.kpiops.downtime.DowntimeViews.DowntimeResponse;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.workorders.WorkOrderLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** What the downtime services share: the rules' context of a client, the actor, the clock, and building responses. */
@Component
class DowntimeSupport {

    static final String ENTITY = "downtime_entry";

    private final CatalogLookup catalog;
    private final WorkOrderLookup workOrders;
    private final EntryWindow window;
    private final Clock clock;

    DowntimeSupport(CatalogLookup catalog, WorkOrderLookup workOrders, EntryWindow window, Clock clock) {
        this.catalog = catalog;
        this.workOrders = workOrders;
        this.window = window;
        this.clock = clock;
    }

    /** Everything one client's rows are checked against (the orders: those named, looked up in one query). */
    Context context(long clientId, Collection<Long> orderIds) {
        return new Context(clientId, catalog.catalogOf(clientId), orderIds.isEmpty() ? Map.of() : workOrders.orders(orderIds),
                window.bounds(clientId));
    }

    CatalogLookup catalog() {
        return catalog;
    }

    WorkOrderLookup workOrders() {
        return workOrders;
    }

    EntryWindow window() {
        return window;
    }

    Instant now() {
        return clock.instant();
    }

    /** Who acts: the signed-in caller, or "system" for work the application does by itself. */
    record Actor(Long id, String name) {}

    static Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AuditLog.Actor a ? new Actor(a.actorId(), a.actorName())
                : new Actor(null, "system");
    }

    /** Responses for entries, with their orders' numbers and reasons read in one query each. */
    List<DowntimeResponse> responses(List<DowntimeEntry> entries) {
        Map<Long, String> numbers = numbers(entries.stream().map(e -> e.workOrderId).toList());
        Map<Long, DowntimeReasonRef> reasons = catalog.downtimeReasons(entries.stream().map(e -> e.reasonId).distinct().toList());
        return entries.stream().map(e -> DowntimeResponse.of(e.getId(), e.getClientId(), e.fields(), e.splitGroup,
                e.splitPart, e.getEntryMethod(), e.getEnteredByName(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt(),
                numbers.get(e.workOrderId), reasons.get(e.reasonId))).toList();
    }

    DowntimeResponse response(DowntimeEntry e) {
        return responses(List.of(e)).getFirst();
    }

    Map<Long, String> numbers(Collection<Long> orderIds) {
        List<Long> ids = orderIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            workOrders.orders(ids).forEach((id, o) -> numbers.put(id, o.number()));
        }
        return numbers;
    }
}
