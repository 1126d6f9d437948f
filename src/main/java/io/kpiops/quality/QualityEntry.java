package io.kpiops.quality;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.persistence.EntryRecord;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.SQLRestriction;

/** The inspection of units of one product (or work order) at one stage on one production day (KPI.md §3, 6–9). */
@Entity
@Table(name = "quality_entries")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
@SQLRestriction("deleted_at is null")
class QualityEntry extends EntryRecord {

    LocalDate shiftDate;
    Long shiftId;
    Long workOrderId;
    Long jobId;
    Long productId;

    @Column(length = 20)
    String inspectionStage;

    int unitsInspected;
    int unitsPassedFirstTime;
    int unitsDefective;
    int totalDefects;
    int unitsReworked;
    int unitsRepaired;
    int unitsScrapped;

    @Column(length = 100)
    String inspector;

    @Column(length = 1000)
    String notes;

    /** Loaded for a page of entries at once (batch fetch) rather than one query per entry. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "quality_defects", joinColumns = @JoinColumn(name = "quality_entry_id"))
    @OrderColumn(name = "seq")
    @BatchSize(size = 100)
    List<DefectLine> defects = new ArrayList<>();

    protected QualityEntry() {}

    QualityEntry(long clientId, EntryMethod method, Long userId, String userName, Instant now) {
        super(clientId, method, userId, userName, now);
    }

    /** Takes resolved fields (product from the order, every count set); the defect breakdown is replaced as a whole. */
    void change(QualityFields f, Instant now) {
        shiftDate = f.shiftDate();
        shiftId = f.shiftId();
        workOrderId = f.workOrderId();
        jobId = f.jobId();
        productId = f.productId();
        inspectionStage = f.inspectionStage();
        unitsInspected = f.unitsInspected();
        unitsPassedFirstTime = f.unitsPassedFirstTime();
        unitsDefective = f.unitsDefective();
        totalDefects = f.totalDefects();
        unitsReworked = f.unitsReworked();
        unitsRepaired = f.unitsRepaired();
        unitsScrapped = f.unitsScrapped();
        inspector = f.inspector();
        notes = f.notes();
        defects.clear();
        f.defects().forEach(d -> defects.add(new DefectLine(getClientId(), d.defectTypeId(), d.count(), d.location(),
                d.severity())));
        touch(now);
    }

    QualityFields fields() {
        return new QualityFields(shiftDate, shiftId, workOrderId, jobId, productId, inspectionStage, unitsInspected,
                unitsPassedFirstTime, unitsDefective, totalDefects, unitsReworked, unitsRepaired, unitsScrapped, inspector,
                notes, defects.stream().map(DefectLine::fields).toList());
    }
}
