package io.kpiops.holds;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.holds.HoldViews.AgingItem;
import io.kpiops.holds.HoldViews.AgingResponse;
import io.kpiops.holds.HoldViews.HoldResponse;
import io.kpiops.workorders.WorkOrderLookup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the answers of /api/holds for a list of holds with few queries: order numbers, reasons and plant time zones
 * are read once per distinct order, reason and client. Ages are measured from the clock's now.
 */
@Component
class HoldResponses {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final Duration AMBER_AFTER = Duration.ofDays(3);
    static final Duration RED_AFTER = Duration.ofDays(7);

    private final WorkOrderLookup workOrders;
    private final CatalogLookup catalog;
    private final EntryWindow window;
    private final Clock clock;

    HoldResponses(WorkOrderLookup workOrders, CatalogLookup catalog, EntryWindow window, Clock clock) {
        this.workOrders = workOrders;
        this.catalog = catalog;
        this.window = window;
        this.clock = clock;
    }

    /** What the responses of some holds need to know, looked up once. */
    private record Names(Map<Long, String> numbers, Map<Long, HoldReasonRef> reasons, Map<Long, ZoneId> zones, Instant now) {}

    @Transactional(readOnly = true)
    List<HoldResponse> of(List<Hold> holds) {
        Names names = names(holds);
        return holds.stream().map(h -> response(h, names)).toList();
    }

    HoldResponse of(Hold h) {
        return of(List.of(h)).getFirst();
    }

    /** The open holds given (oldest first) with their age and bucket. */
    @Transactional(readOnly = true)
    AgingResponse aging(List<Hold> open) {
        Names names = names(open);
        long[] counts = new long[3];
        List<AgingItem> items = open.stream().map(h -> {
            HoldResponse r = response(h, names);
            Duration age = Duration.between(h.heldAt, names.now());
            String bucket = age.compareTo(RED_AFTER) > 0 ? "red" : age.compareTo(AMBER_AFTER) > 0 ? "amber" : "green";
            counts[bucket.equals("red") ? 2 : bucket.equals("amber") ? 1 : 0]++;
            return new AgingItem(r.id(), r.clientId(), r.workOrderId(), r.workOrderNumber(), r.jobId(), r.holdReasonCode(),
                    r.holdReasonName(), r.description(), r.heldAt(), r.heldAtLocal(), r.ageHours(), r.ageDays(), bucket,
                    r.expectedResolutionDate(), r.overdue());
        }).toList();
        return new AgingResponse(names.now(), counts[0], counts[1], counts[2], items);
    }

    private Names names(List<Hold> holds) {
        Map<Long, String> numbers = new HashMap<>();
        List<Long> orderIds = holds.stream().map(h -> h.workOrderId).distinct().toList();
        if (!orderIds.isEmpty()) {
            workOrders.orders(orderIds).forEach((id, o) -> numbers.put(id, o.number()));
        }
        Map<Long, HoldReasonRef> reasons = new HashMap<>();
        holds.stream().map(h -> h.holdReasonId).distinct()
                .forEach(id -> catalog.holdReason(id).ifPresent(r -> reasons.put(id, r)));
        Map<Long, ZoneId> zones = new HashMap<>();
        holds.stream().map(Hold::getClientId).distinct().forEach(c -> zones.put(c, window.zone(c)));
        return new Names(numbers, reasons, zones, clock.instant());
    }

    private static HoldResponse response(Hold h, Names n) {
        ZoneId zone = n.zones().get(h.getClientId());
        HoldReasonRef reason = n.reasons().get(h.holdReasonId);
        BigDecimal ageHours = null;
        Long ageDays = null;
        boolean overdue = false;
        if (h.open()) {
            Duration age = Duration.between(h.heldAt, n.now());
            age = age.isNegative() ? Duration.ZERO : age;
            ageHours = BigDecimal.valueOf(age.toSeconds()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_EVEN);
            ageDays = age.toDays();
            overdue = h.expectedResolutionDate != null
                    && h.expectedResolutionDate.isBefore(LocalDate.ofInstant(n.now(), zone));
        }
        return new HoldResponse(h.getId(), h.getClientId(), h.workOrderId, n.numbers().get(h.workOrderId), h.jobId,
                h.holdReasonId, reason == null ? null : reason.code(), reason == null ? null : reason.name(),
                h.description, h.expectedResolutionDate, overdue, h.status, h.heldAt, local(h.heldAt, zone), h.heldDate,
                h.getEnteredByName(), h.resumedAt, local(h.resumedAt, zone), h.resumedByName, h.resumeNote,
                h.cancelledAt, local(h.cancelledAt, zone), h.cancelledByName, h.cancelReason, h.durationHours,
                ageHours, ageDays, h.getEntryMethod(), h.getVersion(), h.getCreatedAt(), h.getUpdatedAt());
    }

    static String local(Instant at, ZoneId zone) {
        return at == null ? null : LOCAL.format(at.atZone(zone));
    }
}
