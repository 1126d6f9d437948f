package io.kpiops.clients;

import java.math.BigDecimal;
import java.util.List;

/**
 * The settings of one client that change its KPI numbers (KPI.md §6), as the KPI engine reads them and reports them
 * with every result that used them.
 */
public record KpiSettings(boolean setupAsPlanned, List<String> countedAbsenceTypes, List<Integer> wipBucketEdges,
        int bradfordWindowWeeks, List<Integer> bradfordBands, Integer defaultCrewSize, BigDecimal defaultCycleTimeHours,
        BigDecimal defaultShiftHours, Integer defaultLeadTimeDays, int defaultDpmoOpportunities,
        List<String> inspectionStages) {

    static KpiSettings of(ClientSettings s) {
        return new KpiSettings(s.setupAsPlanned, SettingsRequests.split(s.countedAbsenceTypes),
                SettingsRequests.ints(s.wipBucketEdges), s.bradfordWindowWeeks, SettingsRequests.ints(s.bradfordBands),
                s.defaultCrewSize, s.defaultCycleTimeHours, s.defaultShiftHours, s.defaultLeadTimeDays,
                s.defaultDpmoOpportunities, SettingsRequests.split(s.inspectionStages));
    }
}
