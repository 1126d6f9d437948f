package io.kpiops.quality;

import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.quality.QualityRequests.DefectDetailBody;
import io.kpiops.quality.QualityRequests.QualityRequest;
import io.kpiops.quality.QualityViews.QualityResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality entries the system records by itself (demo data): the rules of the API, entry method SYSTEM_IMPORT, one
 * audit row each, written in JDBC batches so that months of inspections are set up quickly.
 */
@Service
public class QualitySetup {

    private final QualityService service;
    private final QualitySupport support;
    private final QualityBulkWriter writer;

    QualitySetup(QualityService service, QualitySupport support, QualityBulkWriter writer) {
        this.service = service;
        this.support = support;
        this.writer = writer;
    }

    /** Defects of one type found in an inspection. */
    public record DefectSpec(long defectTypeId, int count) {}

    /**
     * An inspection; null optional values take the API's defaults (product from the order, passed first time =
     * inspected − defective, total defects = the details' sum, else the defective units).
     */
    public record QualitySpec(long clientId, LocalDate shiftDate, Long shiftId, Long workOrderId, Long productId,
            String inspectionStage, int unitsInspected, Integer unitsPassedFirstTime, int unitsDefective,
            Integer totalDefects, int unitsReworked, int unitsRepaired, int unitsScrapped, String inspector,
            List<DefectSpec> defects) {}

    /** Records every inspection or none (422 naming each offending {@code entries[i].field}); the new ids in order. */
    @Transactional
    public List<Long> createAll(List<QualitySpec> specs) {
        List<QualityRequest> requests = specs.stream().map(QualitySetup::request).toList();
        List<QualityFields> resolved = service.check(requests);
        Map<Long, List<Integer>> byClient = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            byClient.computeIfAbsent(specs.get(i).clientId(), c -> new ArrayList<>()).add(i);
        }
        Map<Long, String> numbers = support.numbers(QualityService.orderIds(requests));
        Map<Long, String> codes = support.codes(resolved.stream().flatMap(f -> f.defects().stream())
                .map(QualityFields.Defect::defectTypeId).filter(Objects::nonNull).toList());
        Long[] ids = new Long[specs.size()];
        byClient.forEach((clientId, rows) -> {
            List<QualityResponse> written = writer.write(clientId, rows.stream().map(resolved::get).toList(),
                    EntryMethod.SYSTEM_IMPORT, numbers, codes, support.now());
            for (int k = 0; k < rows.size(); k++) {
                ids[rows.get(k)] = written.get(k).id();
            }
        });
        return Arrays.asList(ids);
    }

    private static QualityRequest request(QualitySpec s) {
        List<DefectDetailBody> defects = s.defects() == null ? List.of()
                : s.defects().stream().map(d -> new DefectDetailBody(d.defectTypeId(), d.count(), null, null)).toList();
        return new QualityRequest(s.clientId(), s.shiftDate(), s.shiftId(), s.workOrderId(), null, s.productId(),
                s.inspectionStage(), s.unitsInspected(), s.unitsPassedFirstTime(), s.unitsDefective(), s.totalDefects(),
                s.unitsReworked(), s.unitsRepaired(), s.unitsScrapped(), s.inspector(), null, defects, null, null);
    }
}
