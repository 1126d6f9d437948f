package io.kpiops.attendance;

import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.platform.web.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Conflicts between attendance records of the same shift and day, checked on the state a save would leave (the
 * stored records of those shifts that the save does not change, plus the saved rows): one record per employee (a
 * second one is refused, the first should be changed instead), one absence per floater (a floater covering two is
 * double billing) and no floater covering while recorded absent themselves. Pure.
 */
final class AttendanceConflicts {

    private AttendanceConflicts() {}

    /** A record in the resulting state: a row of the save (prefix of its fields) or a stored record (prefix null). */
    record Slot(String prefix, Long id, AttendanceFields f) {

        boolean saved() {
            return prefix != null;
        }

        private String where() {
            return saved() ? prefix.isEmpty() ? "this request" : prefix.substring(0, prefix.length() - 1) : "record " + id;
        }
    }

    /** Duplicates and double covers (409) and covers by absent floaters (422), each named on the saved row's field. */
    record Found(List<FieldError> clashes, List<FieldError> errors, Long existingId) {}

    private record Key(long employeeId, LocalDate day, long shiftId) {}

    static Found find(List<Slot> slots, Map<Long, EmployeeRef> employees, Map<Long, ShiftRef> shifts) {
        List<FieldError> clashes = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Long existingId = null;
        Map<Key, Slot> byEmployee = new HashMap<>();
        Map<Key, Slot> byCover = new HashMap<>();
        List<Slot> ordered = new ArrayList<>(slots.stream().filter(s -> !s.saved()).toList());
        ordered.addAll(slots.stream().filter(Slot::saved).toList());
        for (Slot s : ordered) {
            Key key = new Key(s.f().employeeId(), s.f().shiftDate(), s.f().shiftId());
            Slot first = byEmployee.putIfAbsent(key, s);
            if (first != null && s.saved()) {
                clashes.add(new FieldError(s.prefix() + "employee_id", name(employees, key.employeeId()) + " already has "
                        + (first.saved() ? "a row in " + first.where() : "a record (" + first.id() + ")") + " for shift "
                        + shiftName(shifts, key.shiftId()) + " on " + key.day() + (first.saved() ? "" : "; change that one")));
                existingId = first.saved() ? existingId : first.id();
            }
            if (s.f().coveredByEmployeeId() != null) {
                Key cover = new Key(s.f().coveredByEmployeeId(), s.f().shiftDate(), s.f().shiftId());
                Slot other = byCover.putIfAbsent(cover, s);
                if (other != null && s.saved()) {
                    clashes.add(new FieldError(s.prefix() + "covered_by_employee_id", name(employees, cover.employeeId())
                            + " already covers " + name(employees, other.f().employeeId()) + " in shift "
                            + shiftName(shifts, cover.shiftId()) + " on " + cover.day() + " (" + other.where()
                            + "): one floater covers one absence per shift"));
                }
            }
        }
        for (Slot s : slots) {
            Long floater = s.f().coveredByEmployeeId();
            Slot own = floater == null || floater.equals(s.f().employeeId()) ? null
                    : byEmployee.get(new Key(floater, s.f().shiftDate(), s.f().shiftId()));
            if (own != null && own.f().absent()) {
                String message = name(employees, floater) + " is absent in shift " + shiftName(shifts, s.f().shiftId())
                        + " on " + s.f().shiftDate() + " and cannot cover " + name(employees, s.f().employeeId());
                if (s.saved()) {
                    errors.add(new FieldError(s.prefix() + "covered_by_employee_id", message));
                }
                if (own.saved()) {
                    errors.add(new FieldError(own.prefix() + "is_absent", message));
                }
            }
        }
        return new Found(clashes, errors, existingId);
    }

    private static String name(Map<Long, EmployeeRef> employees, long id) {
        EmployeeRef e = employees.get(id);
        return e == null ? "employee " + id : AttendanceRules.label(e) + " (employee " + id + ")";
    }

    private static String shiftName(Map<Long, ShiftRef> shifts, long id) {
        ShiftRef s = shifts.get(id);
        return s == null ? Long.toString(id) : s.name();
    }
}
