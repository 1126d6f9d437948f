package io.kpiops.clients;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Bodies of /api/clients/{id}/settings and /api/clients/{id}/kpi-targets. */
final class SettingsRequests {

    private SettingsRequests() {}

    /** Absence types of attendance records; which of them count as absence is a client setting. */
    enum AbsenceType { UNSCHEDULED_ABSENCE, VACATION, MEDICAL_LEAVE, PERSONAL_LEAVE }

    record SettingsBody(
            @NotNull Boolean setupAsPlanned,
            @NotNull @Size(max = 4) List<AbsenceType> countedAbsenceTypes,
            @NotEmpty @Size(max = 6) List<@NotNull @Min(1) @Max(3650) Integer> wipBucketEdges,
            @NotNull @Min(1) @Max(104) Integer bradfordWindowWeeks,
            @NotNull @Size(min = 3, max = 3) List<@NotNull @Min(0) @Max(1_000_000) Integer> bradfordBands,
            @Min(1) @Max(1000) Integer defaultCrewSize,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal defaultCycleTimeHours,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") BigDecimal defaultShiftHours,
            @Min(0) @Max(365) Integer defaultLeadTimeDays,
            @NotNull @Min(1) @Max(1_000_000) Integer defaultDpmoOpportunities,
            @NotNull @Min(0) @Max(365) Integer operatorBackdatingDays,
            @Schema(description = "How imported files write dates like 03/04/2026: DMY (day first) or MDY (month first, "
                    + "the default). Left out of a change, the current value stays.") DateOrder dateOrder,
            @Schema(description = "Inspection stage codes in process order (RTY multiplies stage yields in this order). "
                    + "Left out of a change, the current list stays.")
            @Size(min = 1, max = 10) List<@NotNull @jakarta.validation.constraints.Pattern(regexp = "[A-Z][A-Z0-9_]{0,19}",
                    message = "must be an upper-case code of at most 20 letters, digits or _") String> inspectionStages,
            @NotNull Long version) {

        static SettingsBody of(ClientSettings s) {
            return new SettingsBody(s.setupAsPlanned,
                    split(s.countedAbsenceTypes).stream().map(AbsenceType::valueOf).toList(),
                    ints(s.wipBucketEdges), s.bradfordWindowWeeks, ints(s.bradfordBands), s.defaultCrewSize,
                    s.defaultCycleTimeHours, s.defaultShiftHours, s.defaultLeadTimeDays, s.defaultDpmoOpportunities,
                    s.operatorBackdatingDays, s.dateOrder, split(s.inspectionStages),
                    s.getId() == null ? 0 : s.getVersion());
        }
    }

    record TargetBody(@NotNull BigDecimal target, @NotNull BigDecimal warning, @NotNull BigDecimal critical) {}

    /** The levels in force and, always, the global defaults they override (when client_override is true). */
    record KpiTargetResponse(String kpi, String unit, boolean higherIsBetter, BigDecimal target, BigDecimal warning,
            BigDecimal critical, boolean clientOverride, BigDecimal defaultTarget, BigDecimal defaultWarning,
            BigDecimal defaultCritical) {}

    record SettingsResponse(long clientId, SettingsBody settings, List<KpiTargetResponse> kpiTargets) {}

    static List<String> split(String csv) {
        return csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    static List<Integer> ints(String csv) {
        return split(csv).stream().map(Integer::valueOf).toList();
    }
}
