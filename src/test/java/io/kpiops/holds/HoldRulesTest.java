package io.kpiops.holds;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.holds.HoldRules.Context;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderLookup.JobRef;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import io.kpiops.workorders.WorkOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure rules of holds. */
class HoldRulesTest {

    static final ZoneId PLANT = ZoneId.of("America/Chicago");
    static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, PLANT);
    static final Map<Long, HoldReasonRef> REASONS = Map.of(
            1L, new HoldReasonRef(1, 7, "QUALITY_ISSUE", "Quality issue", true),
            2L, new HoldReasonRef(2, 7, "OTHER", "Other", true),
            3L, new HoldReasonRef(3, 7, "OLD", "Retired reason", false));
    static final Map<Long, OrderRef> ORDERS = Map.of(
            100L, new OrderRef(100, 7, "WO-1", 5, WorkOrderStatus.ACTIVE, List.of(new JobRef(11, 10, "Cut", null))),
            101L, new OrderRef(101, 7, "WO-2", 5, WorkOrderStatus.COMPLETED, List.of()),
            102L, new OrderRef(102, 8, "WO-3", 5, WorkOrderStatus.ACTIVE, List.of()));
    static final Context OPERATOR = new Context(7, REASONS, ORDERS, new EntryWindow.Bounds(TODAY.minusDays(7), TODAY),
            PLANT, NOW);

    @Test
    void aHoldNeedsAnOpenOrderOfTheClientAndAnActiveReason() {
        assertThat(errors(hold(100L, 11L, 1L, null, NOW, null))).isEmpty();
        assertThat(errors(hold(101L, null, 1L, null, NOW, null))).extracting(FieldError::message)
                .containsExactly("work order WO-2 is completed and cannot be put on hold");
        assertThat(fieldsOf(hold(102L, null, 3L, null, NOW, null))).containsExactly("work_order_id", "hold_reason_id");
        assertThat(fieldsOf(hold(100L, 12L, 2L, null, NOW, null))).containsExactly("job_id", "description");
    }

    @Test
    void itStartsInThePastWithinTheWindowAndEndsAfterItStarted() {
        assertThat(fieldsOf(hold(100L, null, 1L, null, NOW.plusSeconds(1), null))).containsExactly("held_at");
        assertThat(fieldsOf(hold(100L, null, 1L, null, NOW.minus(Duration.ofDays(9)), null))).containsExactly("held_at");
        assertThat(fieldsOf(hold(100L, null, 1L, null, NOW.minusSeconds(60), NOW.minusSeconds(60))))
                .containsExactly("resumed_at");
        assertThat(fieldsOf(hold(100L, null, 1L, null, NOW.minusSeconds(60), NOW.plusSeconds(60))))
                .containsExactly("resumed_at");
        HoldFields early = new HoldFields(100L, null, 1L, null, TODAY.minusDays(1), NOW, null, null);
        assertThat(fieldsOf(early)).containsExactly("expected_resolution_date");
    }

    @Test
    void holdInstantsAreKeptToTheSecond() {
        assertThat(HoldRules.seconds(Instant.parse("2026-03-10T15:00:00.987654Z")))
                .isEqualTo(Instant.parse("2026-03-10T15:00:00Z"));
        assertThat(Hold.hours(Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-11T09:30:00Z")))
                .isEqualByComparingTo("25.50");
    }

    private static HoldFields hold(Long order, Long job, Long reason, String description, Instant heldAt, Instant resumedAt) {
        return new HoldFields(order, job, reason, description, null, heldAt, resumedAt, null);
    }

    private static List<FieldError> errors(HoldFields f) {
        return HoldRules.placing("", f, OPERATOR);
    }

    private static List<String> fieldsOf(HoldFields f) {
        return errors(f).stream().map(FieldError::field).toList();
    }
}
