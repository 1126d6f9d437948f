package io.kpiops.attendance;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Bodies of /api/attendance. */
final class AttendanceRequests {

    private AttendanceRequests() {}

    @Schema(description = "One employee's attendance in one shift of one production day")
    record AttendanceRequest(
            @Schema(description = "Batch only: the record a row updates (with its version); absent for a new record")
            Long id,
            @NotNull Long clientId,
            @NotNull @Schema(description = "An employee of the client") Long employeeId,
            @NotNull @Schema(description = "Production day (plant-local) the shift started on") LocalDate shiftDate,
            @NotNull Long shiftId,
            @Schema(description = "Hours the employee was scheduled; default: the shift's scheduled hours (length less breaks)")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            BigDecimal scheduledHours,
            @Schema(description = "Hours worked; default: scheduled hours when present, 0 when absent")
            @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal actualHours,
            @Schema(description = "Default false") Boolean isAbsent,
            @Schema(description = "Required when absent, refused when present") AbsenceType absenceType,
            @Schema(description = "Hours of absence as entered (0 to scheduled); empty: derived by the KPI (KPI.md §3 #12)")
            @DecimalMin("0") @DecimalMax("24") @Digits(integer = 2, fraction = 2) BigDecimal absenceHours,
            @Schema(description = "Minutes late; only for an employee who is present, less than the shift's length")
            @Min(0) @Max(1440) Integer lateMinutes,
            @Schema(description = "A floating-pool employee of the client who covered this absence; one floater covers "
                    + "at most one absence per shift and day") Long coveredByEmployeeId,
            @Size(max = 1000) String notes,
            @Schema(description = "Required on update: the version the change is based on") Long version) {

        AttendanceFields fields() {
            return new AttendanceFields(employeeId, shiftDate, shiftId, scheduledHours, actualHours,
                    Boolean.TRUE.equals(isAbsent), absenceType, absenceHours, lateMinutes, coveredByEmployeeId, notes);
        }
    }

    @Schema(description = "A roster save: new records (no id) and changes of existing ones (id and version) in one "
            + "transaction: all of them, or none with every row's errors")
    record BatchRequest(@NotNull @Size(min = 1, max = 10_000) List<AttendanceRequest> entries) {}
}
