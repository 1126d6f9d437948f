package io.kpiops.attendance;

import io.kpiops.attendance.AttendanceConflicts.Slot;
import io.kpiops.attendance.AttendanceRequests.AttendanceRequest;
import io.kpiops.attendance.AttendanceRules.Context;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportResult;
import io.kpiops.imports.ImportRow;
import io.kpiops.imports.ImportSession;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One pass over an attendance file: each row is read (employee and cover by code, shift by name, the status column)
 * and checked with {@link AttendanceRules}, then against the stored records and the earlier rows of the file of the
 * same shift and day with {@link AttendanceConflicts} (the stored records of a day are read once). Valid rows are kept
 * by row number and committed through the same save as the API.
 */
final class AttendanceImportSession implements ImportSession {

    private record Status(boolean absent, AbsenceType type) {}

    private static final Map<String, Status> STATUSES = Map.ofEntries(
            Map.entry("PRESENT", new Status(false, null)), Map.entry("PRESENTE", new Status(false, null)),
            Map.entry("LATE", new Status(false, null)), Map.entry("TARDE", new Status(false, null)),
            Map.entry("ABSENT", new Status(true, AbsenceType.UNSCHEDULED_ABSENCE)),
            Map.entry("AUSENTE", new Status(true, AbsenceType.UNSCHEDULED_ABSENCE)),
            Map.entry("LEAVE", new Status(true, AbsenceType.PERSONAL_LEAVE)),
            Map.entry("PERMISO", new Status(true, AbsenceType.PERSONAL_LEAVE)),
            Map.entry("VACATION", new Status(true, AbsenceType.VACATION)),
            Map.entry("VACACIONES", new Status(true, AbsenceType.VACATION)),
            Map.entry("MEDICAL", new Status(true, AbsenceType.MEDICAL_LEAVE)),
            Map.entry("MÉDICO", new Status(true, AbsenceType.MEDICAL_LEAVE)),
            Map.entry("MEDICO", new Status(true, AbsenceType.MEDICAL_LEAVE)));
    private static final Map<String, String> COLUMN_OF = Map.of("employee_id", "employee", "shift_id", "shift",
            "covered_by_employee_id", "covered_by");

    private final long clientId;
    private final ImportContext context;
    private final Context rules;
    private final Function<LocalDate, List<AttendanceEntry>> storedOn;
    private final AttendanceService service;
    private final Map<String, EmployeeRef> employees = new HashMap<>();
    private final Map<String, ShiftRef> shifts = new HashMap<>();
    private final Map<LocalDate, List<AttendanceEntry>> stored = new HashMap<>();
    private final Map<String, List<Slot>> earlier = new HashMap<>();
    private final Map<Integer, AttendanceRequest> parsed = new HashMap<>();

    AttendanceImportSession(long clientId, ImportContext context, Context rules,
            Function<LocalDate, List<AttendanceEntry>> storedOn, AttendanceService service) {
        this.clientId = clientId;
        this.context = context;
        this.rules = rules;
        this.storedOn = storedOn;
        this.service = service;
        rules.employees().values().forEach(e -> employees.put(upper(e.code()), e));
        rules.shifts().values().forEach(s -> shifts.put(upper(s.name()), s));
    }

    @Override
    public List<FieldError> validate(int rowNumber, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : List.of("employee", "shift_date", "shift")) {
            if (v.get(column) == null) {
                errors.add(new FieldError(column, "is required"));
            }
        }
        Long employee = employee("employee", v.get("employee"), errors);
        ShiftRef shift = v.get("shift") == null ? null : shifts.get(upper(v.get("shift")));
        if (v.get("shift") != null && shift == null) {
            errors.add(new FieldError("shift", "no shift '" + v.get("shift") + "' in this client"));
        }
        Status status = status(v.get("status"), errors);
        Boolean absent = context.bool("is_absent", v.get("is_absent"), errors);
        AbsenceType type = absenceType(v.get("absence_type"), errors);
        if (status != null && absent != null && absent != status.absent()) {
            errors.add(new FieldError("status", "says " + (status.absent() ? "absent" : "present") + " but is_absent says "
                    + (absent ? "absent" : "present")));
        }
        AttendanceRequest r = new AttendanceRequest(null, clientId, employee,
                context.date("shift_date", v.get("shift_date"), errors), shift == null ? null : shift.id(),
                context.decimal("scheduled_hours", v.get("scheduled_hours"), errors),
                context.decimal("actual_hours", v.get("actual_hours"), errors),
                absent != null ? absent : status != null && status.absent(),
                type != null || status == null || v.containsKey("absence_type") ? type : status.type(),
                context.decimal("absence_hours", v.get("absence_hours"), errors),
                context.integer("late_minutes", v.get("late_minutes"), errors),
                employee("covered_by", v.get("covered_by"), errors), v.get("notes"), null);
        ranges(r, errors);
        var resolved = AttendanceRules.resolve("", r.fields(), rules, null);
        resolved.errors().forEach(e -> add(errors, new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message())));
        if (errors.isEmpty()) {
            conflicts(rowNumber, resolved.fields(), errors);
        }
        if (errors.isEmpty()) {
            parsed.put(rowNumber, r);
        }
        return errors;
    }

    @Override
    public ImportResult commit(List<ImportRow> rows) {
        List<AttendanceRequest> requests = rows.stream().map(row -> parsed.get(row.rowNumber())).toList();
        return new ImportResult(service.save(requests, EntryMethod.CSV_UPLOAD, "rows").created(), 0);
    }

    /** The stored records and the earlier valid rows of the same shift and day, and this row. */
    private void conflicts(int rowNumber, AttendanceFields f, List<FieldError> errors) {
        String key = f.shiftDate() + "/" + f.shiftId();
        List<Slot> slots = new ArrayList<>();
        stored.computeIfAbsent(f.shiftDate(), storedOn).stream().filter(e -> e.shiftId.equals(f.shiftId()))
                .forEach(e -> slots.add(new Slot(null, e.getId(), e.fields())));
        slots.addAll(earlier.getOrDefault(key, List.of()));
        slots.add(new Slot("", null, f));
        var found = AttendanceConflicts.find(slots, rules.employees(), rules.shifts());
        found.clashes().stream().filter(e -> !e.field().startsWith("row ")).forEach(e -> add(errors, column(e)));
        found.errors().stream().filter(e -> !e.field().startsWith("row ")).forEach(e -> add(errors, column(e)));
        if (errors.isEmpty()) {
            earlier.computeIfAbsent(key, k -> new ArrayList<>()).add(new Slot("row " + rowNumber + ".", null, f));
        }
    }

    /** The bean-validation ranges of the API, read from the file's columns. */
    private static void ranges(AttendanceRequest r, List<FieldError> errors) {
        hours("scheduled_hours", r.scheduledHours(), false, errors);
        hours("actual_hours", r.actualHours(), true, errors);
        hours("absence_hours", r.absenceHours(), true, errors);
        if (r.lateMinutes() != null && (r.lateMinutes() < 0 || r.lateMinutes() > 1440)) {
            errors.add(new FieldError("late_minutes", "must be between 0 and 1440"));
        }
        if (r.notes() != null && r.notes().length() > 1000) {
            errors.add(new FieldError("notes", "must be at most 1000 characters"));
        }
    }

    private static void hours(String column, java.math.BigDecimal h, boolean zeroAllowed, List<FieldError> errors) {
        if (h != null && (h.signum() < 0 || !zeroAllowed && h.signum() == 0 || h.compareTo(java.math.BigDecimal.valueOf(24)) > 0
                || h.stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldError(column, (zeroAllowed ? "must be 0 to 24" : "must be more than 0 and at most 24")
                    + " hours with at most 2 decimals"));
        }
    }

    private Long employee(String column, String code, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        EmployeeRef e = employees.get(upper(code));
        if (e == null) {
            errors.add(new FieldError(column, "no employee '" + code + "' in this client"));
        }
        return e == null ? null : e.id();
    }

    private static Status status(String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        Status s = STATUSES.get(upper(raw));
        if (s == null) {
            errors.add(new FieldError("status", "'" + raw + "' is not a status (Present, Absent, Late, Leave, Vacation, "
                    + "Medical)"));
        }
        return s;
    }

    private static AbsenceType absenceType(String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        try {
            return AbsenceType.valueOf(upper(raw).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("absence_type", "'" + raw + "' is not one of UNSCHEDULED_ABSENCE, VACATION, "
                    + "MEDICAL_LEAVE, PERSONAL_LEAVE"));
            return null;
        }
    }

    private static FieldError column(FieldError e) {
        return new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message());
    }

    /** Adds an error unless its column already has one (an unreadable value is not also "must not be null"). */
    private static void add(List<FieldError> errors, FieldError e) {
        if (errors.stream().noneMatch(x -> x.field().equals(e.field()))) {
            errors.add(e);
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
