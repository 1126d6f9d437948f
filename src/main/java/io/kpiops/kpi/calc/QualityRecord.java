package io.kpiops.kpi.calc;

/**
 * One quality entry (or the sums of a group of entries of one stage and part).
 *
 * @param opportunitiesPerUnit resolved by {@link QualityKpis#opportunities}: the part's setting → client default → 1
 */
public record QualityRecord(String stage, String part, long unitsInspected, long unitsDefective,
        long unitsPassedFirstTime, long defects, long opportunitiesPerUnit) {}
