package io.kpiops.holds;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Bodies of /api/holds. */
final class HoldRequests {

    private HoldRequests() {}

    @Schema(description = "Puts a work order (or one of its jobs) on hold. With resumed_at it records a hold that is "
            + "already over (status RESUMED with its hours).")
    record HoldRequest(
            @NotNull Long clientId,
            @NotNull Long workOrderId,
            @Schema(description = "A job of the work order, when only that job is held") Long jobId,
            @NotNull @Schema(description = "A reason of the client's hold-reason catalog") Long holdReasonId,
            @Size(max = 1000) @Schema(description = "What is held and why; required when the reason is OTHER")
            String description,
            LocalDate expectedResolutionDate,
            @Schema(description = "When the hold took effect (UTC); default now; not in the future; operators may "
                    + "back-date within their entry window") Instant heldAt,
            @Schema(description = "When the hold ended, for a hold recorded after the fact (after held_at, not in the future)")
            Instant resumedAt,
            @Size(max = 1000) @Schema(description = "Only with resumed_at") String resumeNote) {

        HoldFields fields(Instant now) {
            return new HoldFields(workOrderId, jobId, holdReasonId, HoldRules.trimmed(description),
                    expectedResolutionDate, HoldRules.seconds(heldAt == null ? now : heldAt), HoldRules.seconds(resumedAt),
                    HoldRules.trimmed(resumeNote));
        }
    }

    @Schema(description = "Ends a hold that took effect; the order returns to its previous status when this was its "
            + "last open hold")
    record ResumeRequest(
            @NotNull @Schema(description = "The version of the hold the resume is based on") Long version,
            @Size(max = 1000) String note,
            @Schema(description = "When the hold ended (UTC); default now; after held_at, not in the future")
            Instant resumedAt) {}

    @Schema(description = "Withdraws a hold that never took effect (0 hours)")
    record CancelRequest(@NotNull Long version, @NotBlank @Size(max = 500) String reason) {}

    @Schema(description = "Corrects a hold's reason, description and expected resolution day")
    record UpdateHoldRequest(@NotNull Long holdReasonId, @Size(max = 1000) String description,
            LocalDate expectedResolutionDate, @NotNull Long version) {}

    @Schema(description = "Several holds placed together: all of them, or none with every row's errors")
    record BatchRequest(@NotNull @Size(min = 1, max = 10_000) List<HoldRequest> entries) {}
}
