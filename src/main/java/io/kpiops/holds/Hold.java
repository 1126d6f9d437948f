package io.kpiops.holds;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.persistence.EntryRecord;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.SQLRestriction;

/**
 * A work order (or one of its jobs) on hold from {@code heldAt}. Its status only changes through {@link #resume} and
 * {@link #cancel}, which {@link HoldService} calls after checking the rules; the plant-local days of the instants are
 * kept beside them for day filters and WIP aging.
 */
@Entity
@Table(name = "holds")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
@SQLRestriction("deleted_at is null")
class Hold extends EntryRecord {

    @Column(nullable = false, updatable = false)
    Long workOrderId;

    @Column(updatable = false)
    Long jobId;

    @Column(nullable = false)
    Long holdReasonId;

    @Column(length = 1000)
    String description;

    LocalDate expectedResolutionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    HoldStatus status = HoldStatus.ON_HOLD;

    @Column(nullable = false, updatable = false)
    Instant heldAt;

    @Column(nullable = false, updatable = false)
    LocalDate heldDate;

    Instant resumedAt;
    LocalDate resumedDate;
    Long resumedBy;

    @Column(length = 100)
    String resumedByName;

    @Column(length = 1000)
    String resumeNote;

    Instant cancelledAt;
    Long cancelledBy;

    @Column(length = 100)
    String cancelledByName;

    @Column(length = 500)
    String cancelReason;

    @Column(precision = 10, scale = 2)
    BigDecimal durationHours;

    protected Hold() {}

    Hold(long clientId, EntryMethod method, Long userId, String userName, Instant now, long workOrderId, Long jobId,
            Instant heldAt, ZoneId zone) {
        super(clientId, method, userId, userName, now);
        this.workOrderId = workOrderId;
        this.jobId = jobId;
        this.heldAt = heldAt;
        this.heldDate = LocalDate.ofInstant(heldAt, zone);
    }

    /** The editable details: why, what exactly, and when it should be resolved. */
    void describe(long holdReasonId, String description, LocalDate expectedResolutionDate, Instant now) {
        this.holdReasonId = holdReasonId;
        this.description = description;
        this.expectedResolutionDate = expectedResolutionDate;
        touch(now);
    }

    void resume(Instant at, ZoneId zone, Long userId, String userName, String note, Instant now) {
        status = HoldStatus.RESUMED;
        resumedAt = at;
        resumedDate = LocalDate.ofInstant(at, zone);
        resumedBy = userId;
        resumedByName = userName;
        resumeNote = note;
        durationHours = hours(heldAt, at);
        touch(now);
    }

    void cancel(Long userId, String userName, String reason, Instant now) {
        status = HoldStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = userId;
        cancelledByName = userName;
        cancelReason = reason;
        durationHours = BigDecimal.ZERO.setScale(2);
        touch(now);
    }

    boolean open() {
        return status == HoldStatus.ON_HOLD;
    }

    /** Hours between two instants, 2 decimals (KPI.md §1 rounding of hours). */
    static BigDecimal hours(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_EVEN);
    }
}
