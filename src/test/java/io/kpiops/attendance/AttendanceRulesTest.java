package io.kpiops.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.attendance.AttendanceConflicts.Slot;
import io.kpiops.attendance.AttendanceRules.Context;
import io.kpiops.attendance.AttendanceRules.Resolved;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure rules of attendance records and the conflicts between them. */
class AttendanceRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final ShiftRef FIRST = new ShiftRef(10, 1, "1st", 360, 840, 480, 450, true);
    static final Map<Long, EmployeeRef> PEOPLE = Map.of(
            1L, new EmployeeRef(1, 1, "E1", "Ana", null, 10L, false, true),
            2L, new EmployeeRef(2, 1, "E2", "Luis", null, 10L, false, true),
            3L, new EmployeeRef(3, 1, "F1", "Eva", null, null, true, true),
            4L, new EmployeeRef(4, 2, "X1", "Other client", null, null, true, true));
    static final Context CTX = new Context(1, PEOPLE, Map.of(10L, FIRST), new EntryWindow.Bounds(DAY.minusDays(7), DAY));

    @Test
    void hoursDefaultFromTheShiftAndAbsenceHoursStayAsEntered() {
        Resolved present = AttendanceRules.resolve("", fields(1L, false, null, null, null, null), CTX, null);
        assertThat(present.errors()).isEmpty();
        assertThat(present.fields().scheduledHours()).isEqualByComparingTo("7.5");
        assertThat(present.fields().actualHours()).isEqualByComparingTo("7.5");
        assertThat(present.fields().absenceHours()).isNull();

        Resolved absent = AttendanceRules.resolve("", fields(1L, true, AbsenceType.VACATION, null, null, 3L), CTX, null);
        assertThat(absent.errors()).isEmpty();
        assertThat(absent.fields().actualHours()).isEqualByComparingTo("0");
    }

    @Test
    void anAbsenceNeedsItsTypeAndOnlyAnotherFloaterOfTheClientCoversIt() {
        assertThat(fieldsOf(fields(1L, true, null, null, 5, 2L))).containsExactlyInAnyOrder("absence_type",
                "late_minutes", "covered_by_employee_id");
        assertThat(fieldsOf(fields(3L, true, AbsenceType.MEDICAL_LEAVE, null, null, 3L)))
                .containsExactly("covered_by_employee_id");
        assertThat(fieldsOf(fields(1L, true, AbsenceType.MEDICAL_LEAVE, null, null, 4L)))
                .containsExactly("covered_by_employee_id");
        assertThat(fieldsOf(fields(1L, false, AbsenceType.VACATION, new BigDecimal("8"), 480, 3L)))
                .containsExactlyInAnyOrder("absence_type", "covered_by_employee_id", "late_minutes", "absence_hours");
    }

    @Test
    void theWindowBoundsNewDaysAndTheDayOfAChangedRecord() {
        AttendanceFields old = new AttendanceFields(1L, DAY.minusDays(9), 10L, null, null, false, null, null, null, null, null);
        assertThat(AttendanceRules.resolve("rows[0].", old, CTX, null).errors()).extracting(FieldError::field)
                .containsExactly("rows[0].shift_date");
        AttendanceFields moved = new AttendanceFields(1L, DAY, 10L, null, null, false, null, null, null, null, null);
        assertThat(AttendanceRules.resolve("", moved, CTX, old).errors()).extracting(FieldError::message)
                .singleElement().asString().startsWith("this record is outside your entry window");
    }

    @Test
    void aFloaterCoversOneAbsencePerShiftAndNobodyHasTwoRecords() {
        AttendanceFields e1 = fields(1L, true, AbsenceType.UNSCHEDULED_ABSENCE, null, null, 3L);
        AttendanceFields e2 = fields(2L, true, AbsenceType.UNSCHEDULED_ABSENCE, null, null, 3L);
        var stored = AttendanceConflicts.find(List.of(new Slot(null, 55L, e1), new Slot("", null, e2)), PEOPLE,
                Map.of(10L, FIRST));
        assertThat(stored.clashes()).extracting(FieldError::field).containsExactly("covered_by_employee_id");
        assertThat(stored.clashes().getFirst().message()).contains("F1 Eva").contains("already covers E1 Ana")
                .contains("record 55");

        var duplicate = AttendanceConflicts.find(List.of(new Slot("entries[0].", null, e1),
                new Slot("entries[1].", null, fields(1L, false, null, null, null, null))), PEOPLE, Map.of(10L, FIRST));
        assertThat(duplicate.clashes()).extracting(FieldError::field).containsExactly("entries[1].employee_id");

        var absentFloater = AttendanceConflicts.find(List.of(new Slot("entries[0].", null, e1),
                new Slot("entries[1].", null, fields(3L, true, AbsenceType.VACATION, null, null, null))), PEOPLE,
                Map.of(10L, FIRST));
        assertThat(absentFloater.clashes()).isEmpty();
        assertThat(absentFloater.errors()).extracting(FieldError::field)
                .containsExactly("entries[0].covered_by_employee_id", "entries[1].is_absent");
    }

    private static AttendanceFields fields(Long employee, boolean absent, AbsenceType type, BigDecimal absenceHours,
            Integer late, Long cover) {
        return new AttendanceFields(employee, DAY, 10L, null, null, absent, type, absenceHours, late, cover, null);
    }

    private static List<String> fieldsOf(AttendanceFields f) {
        return AttendanceRules.resolve("", f, CTX, null).errors().stream().map(FieldError::field).toList();
    }
}
