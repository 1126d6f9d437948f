package io.kpiops.holds;

import io.kpiops.platform.persistence.EntryMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What /api/holds answers. Instants are UTC; the *_local fields are the same instants in plant time (yyyy-MM-ddTHH:mm). */
final class HoldViews {

    private HoldViews() {}

    record HoldResponse(long id, long clientId, long workOrderId, String workOrderNumber, Long jobId, long holdReasonId,
            String holdReasonCode, String holdReasonName, String description, LocalDate expectedResolutionDate,
            @Schema(description = "Open and past its expected resolution day") boolean overdue, HoldStatus status,
            Instant heldAt, String heldAtLocal, @Schema(description = "The plant-local day of held_at") LocalDate heldDate,
            String heldByName, Instant resumedAt, String resumedAtLocal, String resumedByName, String resumeNote,
            Instant cancelledAt, String cancelledAtLocal, String cancelledByName, String cancelReason,
            @Schema(description = "Hours on hold: resumed_at - held_at; 0 when cancelled; null while open") BigDecimal durationHours,
            @Schema(description = "Open holds: hours since held_at (1 decimal)") BigDecimal ageHours,
            @Schema(description = "Open holds: whole days since held_at") Long ageDays,
            EntryMethod entryMethod, long version, Instant createdAt, Instant updatedAt) {}

    /** An open hold in the aging view: green up to 3 days, amber over 3, red over 7. */
    record AgingItem(long id, long clientId, long workOrderId, String workOrderNumber, Long jobId, String holdReasonCode,
            String holdReasonName, String description, Instant heldAt, String heldAtLocal, BigDecimal ageHours,
            long ageDays, String bucket, LocalDate expectedResolutionDate, boolean overdue) {}

    record AgingResponse(Instant asOf, long green, long amber, long red, List<AgingItem> items) {}

    record BatchResponse(int count, List<HoldResponse> items) {}

    /** What the audit log keeps of a hold. */
    record HoldSnapshot(long workOrderId, Long jobId, long holdReasonId, String description,
            LocalDate expectedResolutionDate, HoldStatus status, Instant heldAt, Instant resumedAt, String resumedByName,
            String resumeNote, Instant cancelledAt, String cancelledByName, String cancelReason, BigDecimal durationHours) {

        static HoldSnapshot of(Hold h) {
            return new HoldSnapshot(h.workOrderId, h.jobId, h.holdReasonId, h.description, h.expectedResolutionDate,
                    h.status, h.heldAt, h.resumedAt, h.resumedByName, h.resumeNote, h.cancelledAt, h.cancelledByName,
                    h.cancelReason, h.durationHours);
        }
    }
}
