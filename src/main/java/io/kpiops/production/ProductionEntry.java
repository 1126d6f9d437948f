package io.kpiops.production;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.persistence.EntryRecord;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.SQLRestriction;

/** One line's or work order's output in one shift of one production day (KPI.md §2). */
@Entity
@Table(name = "production_entries")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
@SQLRestriction("deleted_at is null")
class ProductionEntry extends EntryRecord {

    LocalDate shiftDate;
    Long shiftId;
    Long lineId;
    Long workOrderId;
    Long jobId;
    Long productId;
    int unitsProduced;

    @Column(precision = 6, scale = 2)
    BigDecimal runTimeHours;

    Integer employeesAssigned;
    Integer employeesPresent;
    int defectCount;
    int reworkCount;
    int scrapCount;

    @Column(length = 1000)
    String notes;

    Long confirmedBy;

    @Column(length = 100)
    String confirmedByName;

    Instant confirmedAt;

    /**
     * The downtime matched to the entry (KPI.md §7): kept by {@code io.kpiops.matching.MatchedDowntime} with plain SQL
     * in the transaction of every write that can change it, for the KPI statements; never written through the entity.
     */
    @Column(insertable = false, updatable = false)
    int matchedDowntimeRecords;

    @Column(insertable = false, updatable = false)
    int matchedPlannedMinutes;

    @Column(insertable = false, updatable = false)
    int matchedSetupMinutes;

    @Column(insertable = false, updatable = false)
    int matchedUnplannedMinutes;

    protected ProductionEntry() {}

    ProductionEntry(long clientId, EntryMethod method, Long userId, String userName, Instant now) {
        super(clientId, method, userId, userName, now);
    }

    /** Takes resolved fields (product and line already filled in from the order or job). */
    void change(ProductionFields f, Instant now) {
        shiftDate = f.shiftDate();
        shiftId = f.shiftId();
        lineId = f.lineId();
        workOrderId = f.workOrderId();
        jobId = f.jobId();
        productId = f.productId();
        unitsProduced = f.unitsProduced();
        runTimeHours = f.runTimeHours();
        employeesAssigned = f.employeesAssigned();
        employeesPresent = f.employeesPresent();
        defectCount = f.defects();
        reworkCount = f.rework();
        scrapCount = f.scrap();
        notes = f.notes();
        touch(now);
    }

    /** The read-back: who confirmed the entry as read back to them, and when. */
    void confirm(Long userId, String userName, Instant now) {
        confirmedBy = userId;
        confirmedByName = userName;
        confirmedAt = now;
    }

    ProductionFields fields() {
        return new ProductionFields(shiftDate, shiftId, lineId, workOrderId, jobId, productId, unitsProduced,
                runTimeHours, employeesAssigned, employeesPresent, defectCount, reworkCount, scrapCount, notes);
    }
}
