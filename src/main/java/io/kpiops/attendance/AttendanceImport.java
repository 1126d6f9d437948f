package io.kpiops.attendance;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.clients.EntryWindow;
import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import io.kpiops.imports.ImportType;
import io.kpiops.platform.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Attendance from CSV/XLSX: a row records one employee (by code) in one shift (by name) of one day; the reference's
 * {@code status} column (Present, Absent, Late, Leave, Vacation, Medical) is read as is_absent and absence type.
 * Imports only create: a record the employee already has for that shift and day is refused (change it in the roster).
 */
@Component
class AttendanceImport implements ImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("employee", "EMP-0001", "Code of one of the client's employees.", "employee_code", "employee_id",
                    "empleado", "código de empleado", "codigo de empleado"),
            required("shift_date", "2026-03-02", "Production day the shift started on (ISO or the client's date order).",
                    "attendance_date", "date", "fecha", "fecha del turno"),
            required("shift", "Day", "Name of one of the client's shifts.", "shift_name", "shift_id", "turno"),
            optional("status", "Present", "Present, Absent (unscheduled absence), Late (present), Leave (personal leave), "
                    + "Vacation or Medical (medical leave); also presente, ausente, tarde, permiso, vacaciones, médico. "
                    + "Sets is_absent and absence_type unless those columns are given.", "attendance_status", "estado"),
            optional("is_absent", "no", "yes/no; default no (or as status says).", "absent", "ausente"),
            optional("absence_type", "", "UNSCHEDULED_ABSENCE, VACATION, MEDICAL_LEAVE or PERSONAL_LEAVE; required when "
                    + "absent.", "tipo de ausencia"),
            optional("scheduled_hours", "7.5", "Hours scheduled, more than 0 and at most 24; default: the shift's "
                    + "scheduled hours.", "horas programadas"),
            optional("actual_hours", "7.5", "Hours worked, 0 to 24; default: scheduled when present, 0 when absent.",
                    "actual_hours_worked", "hours_worked", "horas trabajadas"),
            optional("absence_hours", "", "Hours of absence, 0 to scheduled; empty: derived by the absenteeism KPI.",
                    "horas de ausencia"),
            optional("late_minutes", "", "Minutes late (present only), less than the shift's length.", "minutes_late",
                    "minutos de retraso", "minutos tarde"),
            optional("covered_by", "", "Code of the floating-pool employee who covered the absence; one floater covers "
                    + "one absence per shift and day.", "covered_by_employee_id", "covered_by_employee_code",
                    "cubierto por"),
            optional("notes", "", "Up to 1000 characters.", "notas", "comentarios"));

    private final AttendanceService service;
    private final AttendanceRepository entries;
    private final CatalogLookup catalog;
    private final EntryWindow window;

    AttendanceImport(AttendanceService service, AttendanceRepository entries, CatalogLookup catalog, EntryWindow window) {
        this.service = service;
        this.entries = entries;
        this.catalog = catalog;
        this.window = window;
    }

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.LEADER, Role.POWERUSER, Role.ADMIN);
    }

    @Override
    public ImportSession open(long clientId, ImportContext context) {
        var plant = catalog.catalogOf(clientId);
        var rules = new AttendanceRules.Context(clientId, plant.employees(), plant.shifts(), window.bounds(clientId));
        List<Long> shiftIds = List.copyOf(plant.shifts().keySet());
        return new AttendanceImportSession(clientId, context, rules, day -> shiftIds.isEmpty() ? List.of()
                : entries.findByClientIdAndShiftDateBetweenAndShiftIdIn(clientId, day, day, shiftIds), service);
    }
}
