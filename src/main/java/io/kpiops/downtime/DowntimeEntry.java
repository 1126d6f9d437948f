package io.kpiops.downtime;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.persistence.EntryRecord;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.SQLRestriction;

/**
 * Downtime of a line or work order in one shift of one production day (KPI.md §2, §7). Clock times are minutes of the
 * plant's day (null when only the duration is known); parts of one event split at shift boundaries share a split group.
 */
@Entity
@Table(name = "downtime_entries")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
@SQLRestriction("deleted_at is null")
class DowntimeEntry extends EntryRecord {

    LocalDate shiftDate;
    Long shiftId;
    Long lineId;
    Long workOrderId;
    Long reasonId;
    Integer startMinute;
    Integer endMinute;
    int durationMinutes;

    @Column(length = 100)
    String machine;

    @Column(length = 50)
    String equipmentCode;

    @Column(length = 1000)
    String notes;

    @Column(length = 1000)
    String correctiveAction;

    @Column(length = 36, updatable = false)
    String splitGroup;

    @Column(updatable = false)
    Integer splitPart;

    protected DowntimeEntry() {}

    DowntimeEntry(long clientId, EntryMethod method, Long userId, String userName, Instant now, String splitGroup,
            Integer splitPart) {
        super(clientId, method, userId, userName, now);
        this.splitGroup = splitGroup;
        this.splitPart = splitPart;
    }

    /** Takes one placed part: its shift and day, duration, and clock times when known. */
    void change(DowntimeFields f, Instant now) {
        shiftDate = f.shiftDate();
        shiftId = f.shiftId();
        lineId = f.lineId();
        workOrderId = f.workOrderId();
        reasonId = f.reasonId();
        startMinute = f.startTime() == null ? null : DowntimeTimes.minuteOf(f.startTime());
        endMinute = f.endTime() == null ? null : DowntimeTimes.minuteOf(f.endTime());
        durationMinutes = f.durationMinutes();
        machine = f.machine();
        equipmentCode = f.equipmentCode();
        notes = f.notes();
        correctiveAction = f.correctiveAction();
        touch(now);
    }

    DowntimeFields fields() {
        return new DowntimeFields(shiftDate, shiftId, lineId, workOrderId, reasonId,
                startMinute == null ? null : DowntimeTimes.timeOf(startMinute),
                endMinute == null ? null : DowntimeTimes.timeOf(endMinute), durationMinutes, machine, equipmentCode,
                notes, correctiveAction);
    }
}
