package io.kpiops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.attendance.AttendanceSetup.AttendanceSpec;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.demo.DemoDowntime.Event;
import io.kpiops.demo.DemoDowntime.Losses;
import io.kpiops.demo.DemoOrderPlan.OrderPlan;
import io.kpiops.demo.DemoProduction.Output;
import io.kpiops.demo.DemoShiftPlan.Plan;
import io.kpiops.demo.DemoShiftPlan.Slot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The pure demo planners: seeded (the same twice), and consistent with the rules the set-up facades enforce. */
class DemoPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final double[] CYCLE_TIMES = {0.015, 0.022, 0.008, 0.011, 0.03, 0.0025};
    private static final int LENGTH = 480;
    private static final int SCHEDULED = 435;

    private record All(List<OrderPlan> orders, Plan plan, Losses losses, List<Output> outputs) {}

    private static All plan(String code) {
        List<OrderPlan> orders = DemoOrderPlan.plan(code, TODAY, CYCLE_TIMES.length, 3);
        Plan plan = DemoShiftPlan.plan(code, TODAY, orders, CYCLE_TIMES.length);
        Losses losses = DemoDowntime.plan(code, plan, LENGTH, SCHEDULED);
        return new All(orders, plan, losses, DemoProduction.plan(code, plan, losses, CYCLE_TIMES, SCHEDULED));
    }

    @Test
    void theSameClientGetsTheSamePlanEveryTime() {
        All a = plan("ACME-MFG");
        All b = plan("ACME-MFG");
        assertThat(b.orders()).isEqualTo(a.orders());
        assertThat(b.plan().slots()).isEqualTo(a.plan().slots());
        assertThat(b.losses().events()).isEqualTo(a.losses().events());
        assertThat(b.outputs()).isEqualTo(a.outputs());
        assertThat(plan("FOOD-PACK").outputs()).isNotEqualTo(a.outputs());
    }

    @Test
    void linesIdleOnSundaysTheHolidaySaturdayNightsAndLineOneAtNight() {
        Plan plan = plan("TEXTIL-MX").plan();
        assertThat(plan.slots()).allSatisfy(s -> {
            assertThat(s.day().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(s.day()).isNotEqualTo(plan.holiday()).isBetween(TODAY.minusDays(89), TODAY.minusDays(1));
            if (s.shift() == DemoShiftPlan.NIGHT) {
                assertThat(s.line()).isNotZero();
                assertThat(s.day().getDayOfWeek()).isNotEqualTo(DayOfWeek.SATURDAY);
            }
        });
        Set<String> keys = new HashSet<>();
        plan.slots().forEach(s -> assertThat(keys.add(s.day() + "/" + s.shift() + "/" + s.line())).isTrue());
    }

    @Test
    void ordersAreMadeOnTheirLineOnlyWhileTheyRun() {
        All all = plan("AUTO-PARTS");
        for (Slot s : all.plan().slots()) {
            if (s.order() >= 0) {
                OrderPlan o = all.orders().get(s.order());
                assertThat(s.line()).isEqualTo(o.makeLine());
                assertThat(o.runs(s.day())).as("%s on %s", o.number(), s.day()).isTrue();
                assertThat(s.product()).isEqualTo(o.product());
            }
        }
        assertThat(all.plan().slots()).anyMatch(s -> s.order() >= 0).anyMatch(s -> s.order() < 0);
    }

    @Test
    void downtimeEventsDoNotOverlapAndRunTimeIsWhatTheyLeave() {
        All all = plan("MED-DEV");
        Map<Integer, List<int[]>> busy = new HashMap<>();
        int[] minutes = new int[all.plan().slots().size()];
        for (Event e : all.losses().events()) {
            int inSlot = Math.min(e.minutes(), LENGTH - e.offset());
            assertThat(e.offset()).isBetween(0, LENGTH - 1);
            busy.computeIfAbsent(e.slot(), k -> new ArrayList<>()).add(new int[] {e.offset(), e.offset() + inSlot});
            minutes[e.slot()] += inSlot;
            if (inSlot < e.minutes()) { // split: the rest starts the next shift of the line
                Slot next = all.plan().next().get(e.slot());
                assertThat(next.order()).isEqualTo(all.plan().slots().get(e.slot()).order());
                busy.computeIfAbsent(next.index(), k -> new ArrayList<>()).add(new int[] {0, e.minutes() - inSlot});
                minutes[next.index()] += e.minutes() - inSlot;
            }
        }
        busy.values().forEach(spans -> {
            spans.sort(Comparator.comparingInt(x -> x[0]));
            for (int i = 1; i < spans.size(); i++) {
                assertThat(spans.get(i)[0]).isGreaterThanOrEqualTo(spans.get(i - 1)[1]);
            }
        });
        assertThat(all.losses().events()).anyMatch(e -> e.offset() + e.minutes() > LENGTH);
        for (Output o : all.outputs()) {
            int i = o.slot().index();
            assertThat(all.losses().minutes()[i]).isEqualTo(minutes[i]);
            assertThat(o.runTime()).isEqualByComparingTo(BigDecimal.valueOf(SCHEDULED - minutes[i])
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN));
            assertThat(o.rework() + o.scrap()).isLessThanOrEqualTo(o.defects());
            assertThat(o.defects()).isLessThanOrEqualTo(o.units());
            assertThat(o.runTimeGiven() || o.assigned() != null).isTrue();
        }
    }

    @Test
    void floatersCoverOneAbsenceOfTheirShiftWhenPresent() {
        All all = plan("FOOD-PACK");
        DemoIds ids = new DemoIds(1, List.of(1L, 2L, 3L), LongStream.rangeClosed(1, 6).boxed().toList(),
                List.of(11L, 12L, 13L), List.of(), List.of());
        List<EmployeeRef> employees = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            boolean floater = i > 17;
            long shift = 11 + (floater ? i - 18 : (i - 1) % 3);
            employees.add(new EmployeeRef(100 + i, 1, "EMP-%03d".formatted(i), "E" + i, floater ? null : 1L, shift,
                    floater, true));
        }
        List<AttendanceSpec> specs = DemoAttendance.specs("FOOD-PACK", ids, all.plan(), employees,
                new int[] {SCHEDULED, SCHEDULED, SCHEDULED});
        Map<String, AttendanceSpec> byKey = new HashMap<>();
        specs.forEach(a -> assertThat(byKey.put(a.employeeId() + "/" + a.shiftDate() + "/" + a.shiftId(), a)).isNull());
        Set<String> covers = new HashSet<>();
        for (AttendanceSpec a : specs.stream().filter(a -> a.coveredByEmployeeId() != null).toList()) {
            assertThat(a.absent()).isTrue();
            assertThat(covers.add(a.coveredByEmployeeId() + "/" + a.shiftDate() + "/" + a.shiftId())).isTrue();
            assertThat(byKey.get(a.coveredByEmployeeId() + "/" + a.shiftDate() + "/" + a.shiftId()).absent()).isFalse();
        }
        long absent = specs.stream().filter(AttendanceSpec::absent).count();
        assertThat(covers).isNotEmpty();
        assertThat(absent * 100.0 / specs.size()).isBetween(2.0, 8.0);
        assertThat(specs).allSatisfy(a -> assertThat(a.absent()).isEqualTo(a.absenceType() != null));
    }
}
