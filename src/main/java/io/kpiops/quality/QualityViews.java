package io.kpiops.quality;

import io.kpiops.platform.events.ProductionDay;
import io.kpiops.platform.persistence.EntryMethod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What /api/quality answers (also the audit log's snapshot of an entry, defect details included). */
final class QualityViews {

    private QualityViews() {}

    record DefectDetailResponse(long defectTypeId, String defectTypeCode, int count, String location, String severity) {}

    record QualityResponse(long id, long clientId, LocalDate shiftDate, Long shiftId, Long workOrderId,
            String workOrderNumber, Long jobId, long productId, String inspectionStage, int unitsInspected,
            int unitsPassedFirstTime, int unitsDefective, int totalDefects, int unitsReworked, int unitsRepaired,
            int unitsScrapped, String inspector, String notes, List<DefectDetailResponse> defects, EntryMethod entryMethod,
            String enteredByName, long version, Instant createdAt, Instant updatedAt) implements ProductionDay {

        static QualityResponse of(QualityEntry e, String workOrderNumber, Map<Long, String> defectCodes) {
            return of(e.getId(), e.getClientId(), e.fields(), e.getEntryMethod(), e.getEnteredByName(), e.getVersion(),
                    e.getCreatedAt(), e.getUpdatedAt(), workOrderNumber, defectCodes);
        }

        /** From resolved fields (also for entries written in bulk, which are read back by nobody before the audit). */
        static QualityResponse of(long id, long clientId, QualityFields f, EntryMethod method, String enteredByName,
                long version, Instant createdAt, Instant updatedAt, String workOrderNumber, Map<Long, String> defectCodes) {
            return new QualityResponse(id, clientId, f.shiftDate(), f.shiftId(), f.workOrderId(), workOrderNumber,
                    f.jobId(), f.productId(), f.inspectionStage(), f.unitsInspected(), f.unitsPassedFirstTime(),
                    f.unitsDefective(), f.totalDefects(), f.unitsReworked(), f.unitsRepaired(), f.unitsScrapped(),
                    f.inspector(), f.notes(), f.defects().stream().map(d -> new DefectDetailResponse(d.defectTypeId(),
                            defectCodes.get(d.defectTypeId()), d.count(), d.location(), d.severity())).toList(),
                    method, enteredByName, version, createdAt, updatedAt);
        }
    }

    record QualityBatchResponse(int count, List<QualityResponse> items) {}
}
