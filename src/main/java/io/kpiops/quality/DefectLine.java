package io.kpiops.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored line of a quality entry's defect breakdown; it carries the entry's client for catalogue-wide queries. */
@Embeddable
record DefectLine(
        @Column(name = "client_id", nullable = false) long clientId,
        @Column(name = "defect_type_id", nullable = false) long defectTypeId,
        @Column(name = "defect_count", nullable = false) int count,
        @Column(name = "location", length = 100) String location,
        @Column(name = "severity", nullable = false, length = 10) String severity) {

    QualityFields.Defect fields() {
        return new QualityFields.Defect(defectTypeId, count, location, severity);
    }
}
