package io.kpiops.attendance;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.persistence.EntryRecord;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.SQLRestriction;

/** One employee's attendance in one shift of one production day. */
@Entity
@Table(name = "attendance_entries")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
@SQLRestriction("deleted_at is null")
class AttendanceEntry extends EntryRecord {

    Long employeeId;
    LocalDate shiftDate;
    Long shiftId;

    @Column(precision = 5, scale = 2)
    BigDecimal scheduledHours;

    @Column(precision = 5, scale = 2)
    BigDecimal actualHours;

    @Column(name = "is_absent")
    boolean absent;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    AbsenceType absenceType;

    @Column(precision = 5, scale = 2)
    BigDecimal absenceHours;

    Integer lateMinutes;
    Long coveredByEmployeeId;

    @Column(length = 1000)
    String notes;

    /** TRUE while not deleted, null once deleted (see the migration: part of the unique keys). */
    Boolean live = Boolean.TRUE;

    protected AttendanceEntry() {}

    AttendanceEntry(long clientId, EntryMethod method, Long userId, String userName, Instant now) {
        super(clientId, method, userId, userName, now);
    }

    /** Takes resolved fields (see {@link AttendanceRules}). */
    void change(AttendanceFields f, Instant now) {
        employeeId = f.employeeId();
        shiftDate = f.shiftDate();
        shiftId = f.shiftId();
        scheduledHours = f.scheduledHours();
        actualHours = f.actualHours();
        absent = f.absent();
        absenceType = f.absenceType();
        absenceHours = f.absenceHours();
        lateMinutes = f.lateMinutes();
        coveredByEmployeeId = f.coveredByEmployeeId();
        notes = f.notes();
        live = Boolean.TRUE;
        touch(now);
    }

    /**
     * Takes the record out of the unique keys for a moment, so that records of one batch may swap employees or
     * floaters between them: the batch flushes this, then the final values.
     */
    void release() {
        live = null;
        coveredByEmployeeId = null;
    }

    @Override
    public void markDeleted(String by, Instant now) {
        live = null;
        super.markDeleted(by, now);
    }

    AttendanceFields fields() {
        return new AttendanceFields(employeeId, shiftDate, shiftId, scheduledHours, actualHours, absent, absenceType,
                absenceHours, lateMinutes, coveredByEmployeeId, notes);
    }
}
