package io.kpiops.kpi.calc;

/**
 * One quality entry (or the sums of a group of entries of one stage and part).
 *
 * @param entries the number of entries summed in this record (1 for one entry; record_count adds these)
 * @param opportunitiesPerUnit resolved by {@link QualityKpis#opportunities}: the part's setting → client default → 1
 */
public record QualityRecord(String stage, String part, long unitsInspected, long unitsDefective,
        long unitsPassedFirstTime, long defects, long opportunitiesPerUnit, long entries) {

    /** One quality entry. */
    public QualityRecord(String stage, String part, long unitsInspected, long unitsDefective, long unitsPassedFirstTime,
            long defects, long opportunitiesPerUnit) {
        this(stage, part, unitsInspected, unitsDefective, unitsPassedFirstTime, defects, opportunitiesPerUnit, 1);
    }
}
