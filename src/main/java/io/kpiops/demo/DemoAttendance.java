package io.kpiops.demo;

import io.kpiops.attendance.AbsenceType;
import io.kpiops.attendance.AttendanceSetup.AttendanceSpec;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.demo.DemoShiftPlan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The attendance of every active employee on each working day of their usual shift over the plan's window: about 4 %
 * absence days — vacation blocks, a few multi-day medical leaves, single unscheduled or personal days, and two
 * employees with many short spells (a high Bradford factor) — some late arrivals and early leavers; each shift's
 * floater covers one absence of their shift on most days they are present. Pure and seeded.
 */
final class DemoAttendance {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private DemoAttendance() {}

    /** A day of one employee: absent (with its type and note) or present (late minutes, hours left early). */
    private record Day(LocalDate day, AbsenceType absence, String note, Integer late, Integer leftEarlyMinutes) {}

    /**
     * @param employees the client's employees in code order
     * @param scheduled the scheduled minutes of each shift (Day, Evening, Night)
     */
    static List<AttendanceSpec> specs(String clientCode, DemoIds ids, Plan plan, List<EmployeeRef> employees,
            int[] scheduled) {
        Random random = new Random(53L * clientCode.hashCode() + 17);
        List<EmployeeRef> staff = employees.stream().filter(e -> e.active() && e.shiftId() != null)
                .sorted(Comparator.comparing(EmployeeRef::code)).toList();
        List<EmployeeRef> line = staff.stream().filter(e -> !e.floatingPool()).toList();
        long frequentA = line.get(random.nextInt(line.size())).id();
        long frequentB = line.get(random.nextInt(line.size())).id();
        Map<String, Day> days = new HashMap<>();
        for (EmployeeRef e : staff) {
            int shift = ids.shifts().indexOf(e.shiftId());
            List<LocalDate> working = new ArrayList<>();
            for (LocalDate d = plan.first(); d.isBefore(plan.first().plusDays(DemoShiftPlan.DAYS - 1)); d = d.plusDays(1)) {
                if (DemoShiftPlan.works(d, shift, plan.holiday())) {
                    working.add(d);
                }
            }
            Day[] mine = absences(working.size(), random, e.id() == frequentA || e.id() == frequentB);
            for (int i = 0; i < working.size(); i++) {
                Day d = mine[i];
                if (d == null) {
                    double r = random.nextDouble();
                    Integer late = r < 0.025 ? 5 + random.nextInt(41) : null;
                    Integer early = r > 0.996 ? 120 + 30 * random.nextInt(5) : null;
                    d = new Day(working.get(i), null, early == null ? null : "Left early: appointment", late, early);
                }
                days.put(e.id() + "/" + working.get(i), new Day(working.get(i), d.absence(), d.note(), d.late(),
                        d.leftEarlyMinutes()));
            }
        }
        List<AttendanceSpec> specs = new ArrayList<>();
        for (LocalDate d = plan.first(); d.isBefore(plan.first().plusDays(DemoShiftPlan.DAYS - 1)); d = d.plusDays(1)) {
            for (int shift = 0; shift < DemoShiftPlan.SHIFTS; shift++) {
                long shiftId = ids.shifts().get(shift);
                List<EmployeeRef> crew = staff.stream().filter(e -> e.shiftId() == shiftId).toList();
                EmployeeRef floater = crew.stream().filter(EmployeeRef::floatingPool).findFirst().orElse(null);
                Day floaterDay = floater == null ? null : days.get(floater.id() + "/" + d);
                boolean floaterFree = floaterDay != null && floaterDay.absence() == null;
                for (EmployeeRef e : crew) {
                    Day day = days.get(e.id() + "/" + d);
                    if (day == null) {
                        continue;
                    }
                    Long cover = null;
                    if (day.absence() != null && !e.floatingPool() && floaterFree && random.nextDouble() < 0.75) {
                        cover = floater.id();
                        floaterFree = false; // one floater covers one absence per shift
                    }
                    specs.add(spec(ids.clientId(), e.id(), shiftId, day, scheduled[shift], cover));
                }
            }
        }
        return specs;
    }

    /** The absences of one employee over their working days (null: present). */
    private static Day[] absences(int n, Random random, boolean frequent) {
        Day[] out = new Day[n];
        if (random.nextDouble() < 0.3) {
            mark(out, random.nextInt(Math.max(1, n - 5)), 5, AbsenceType.VACATION, "Annual leave");
        }
        if (random.nextDouble() < 0.2) {
            mark(out, random.nextInt(Math.max(1, n - 5)), 2 + random.nextInt(4), AbsenceType.MEDICAL_LEAVE, "Sick note");
        }
        if (frequent) {
            for (int i = random.nextInt(6); i < n; i += 7 + random.nextInt(8)) {
                boolean personal = random.nextInt(5) == 0;
                mark(out, i, 1 + (random.nextInt(3) == 0 ? 1 : 0), personal ? AbsenceType.PERSONAL_LEAVE
                        : AbsenceType.UNSCHEDULED_ABSENCE, personal ? "Family matter" : "Called in sick");
            }
        }
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            if (r < 0.004) {
                mark(out, i, 1, AbsenceType.UNSCHEDULED_ABSENCE, "No call, no show");
            } else if (r < 0.007) {
                mark(out, i, 1, AbsenceType.PERSONAL_LEAVE, "Personal day");
            } else if (r < 0.009) {
                mark(out, i, 1, AbsenceType.MEDICAL_LEAVE, "Doctor's appointment");
            }
        }
        return out;
    }

    private static void mark(Day[] days, int from, int length, AbsenceType type, String note) {
        for (int i = from; i < Math.min(days.length, from + length); i++) {
            if (days[i] == null) {
                days[i] = new Day(null, type, note, null, null);
            }
        }
    }

    private static AttendanceSpec spec(long clientId, long employeeId, long shiftId, Day d, int scheduled, Long cover) {
        boolean absent = d.absence() != null;
        int missed = d.late() != null ? d.late() : d.leftEarlyMinutes() != null ? d.leftEarlyMinutes() : 0;
        BigDecimal actual = absent || missed == 0 ? null
                : BigDecimal.valueOf(scheduled - missed).divide(SIXTY, 2, RoundingMode.HALF_EVEN);
        return new AttendanceSpec(clientId, employeeId, d.day(), shiftId, null, actual, absent, d.absence(), null,
                d.late(), cover, d.note());
    }
}
