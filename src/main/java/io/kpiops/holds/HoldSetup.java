package io.kpiops.holds;

import io.kpiops.holds.HoldRequests.HoldRequest;
import io.kpiops.holds.HoldRequests.ResumeRequest;
import io.kpiops.holds.HoldViews.HoldResponse;
import io.kpiops.platform.persistence.EntryMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the system places by itself (demo data), with the same rules, order moves and audit as the API, many per
 * transaction. The system may back-date freely (no entry window) but not into the future.
 */
@Service
public class HoldSetup {

    private final HoldService service;
    private final HoldActions actions;

    HoldSetup(HoldService service, HoldActions actions) {
        this.service = service;
        this.actions = actions;
    }

    /**
     * A hold to place: open when {@code resumedAt} is null, else already over. Job, description, expected day and
     * note may be null; {@code heldAt} null means now.
     */
    public record HoldSpec(long clientId, long workOrderId, Long jobId, long holdReasonId, String description,
            LocalDate expectedResolutionDate, Instant heldAt, Instant resumedAt, String resumeNote) {}

    /** Places every hold or none (422 naming {@code holds[i].field}); returns their ids in order. */
    @Transactional
    public List<Long> createAll(List<HoldSpec> specs) {
        List<HoldRequest> rows = specs.stream().map(s -> new HoldRequest(s.clientId(), s.workOrderId(), s.jobId(),
                s.holdReasonId(), s.description(), s.expectedResolutionDate(), s.heldAt(), s.resumedAt(),
                s.resumeNote())).toList();
        return service.createAll(rows, EntryMethod.SYSTEM_IMPORT, "holds").stream().map(HoldResponse::id).toList();
    }

    /** Resumes an open hold at {@code at} (null: now); its order returns when it was the last open hold. */
    @Transactional
    public void resume(long holdId, Instant at, String note) {
        Hold h = actions.find(holdId);
        actions.resume(holdId, new ResumeRequest(h.getVersion(), note, at));
    }
}
