package io.kpiops.quality;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.DefectTypeRef;
import io.kpiops.clients.ClientSettingsService;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.quality.QualityRules.Context;
import io.kpiops.quality.QualityViews.QualityResponse;
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

/** What the quality services share: the rules' context of a client, the actor, the clock, and building responses. */
@Component
class QualitySupport {

    static final String ENTITY = "quality_entry";

    private final CatalogLookup catalog;
    private final WorkOrderLookup workOrders;
    private final EntryWindow window;
    private final ClientSettingsService settings;
    private final Clock clock;

    QualitySupport(CatalogLookup catalog, WorkOrderLookup workOrders, EntryWindow window, ClientSettingsService settings,
            Clock clock) {
        this.catalog = catalog;
        this.workOrders = workOrders;
        this.window = window;
        this.settings = settings;
        this.clock = clock;
    }

    /** Everything one client's rows are checked against (the orders: those named, looked up in one query). */
    Context context(long clientId, Collection<Long> orderIds) {
        return new Context(clientId, catalog.catalogOf(clientId), orderIds.isEmpty() ? Map.of() : workOrders.orders(orderIds),
                window.bounds(clientId), settings.inspectionStages(clientId));
    }

    WorkOrderLookup workOrders() {
        return workOrders;
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

    /** Responses for entries, with their orders' numbers and defect type codes read in one query each. */
    List<QualityResponse> responses(List<QualityEntry> entries) {
        Map<Long, String> numbers = numbers(entries.stream().map(e -> e.workOrderId).toList());
        Map<Long, String> codes = codes(entries.stream().flatMap(e -> e.defects.stream().map(DefectLine::defectTypeId)).toList());
        return entries.stream().map(e -> QualityResponse.of(e, numbers.get(e.workOrderId), codes)).toList();
    }

    QualityResponse response(QualityEntry e) {
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

    Map<Long, String> codes(Collection<Long> defectTypeIds) {
        Map<Long, String> codes = new HashMap<>();
        catalog.defectTypes(defectTypeIds.stream().distinct().toList()).forEach((id, t) -> codes.put(id, t.code()));
        return codes;
    }

    /** Codes of a client's whole defect catalogue (bulk paths already hold it). */
    static Map<Long, String> codes(Map<Long, DefectTypeRef> catalogue) {
        Map<Long, String> codes = new HashMap<>();
        catalogue.forEach((id, t) -> codes.put(id, t.code()));
        return codes;
    }
}
