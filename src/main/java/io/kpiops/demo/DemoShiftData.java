package io.kpiops.demo;

import io.kpiops.attendance.AttendanceSetup;
import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.DefectTypeRef;
import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.ClientSettingsService;
import io.kpiops.demo.DemoDowntime.Losses;
import io.kpiops.demo.DemoOrderPlan.OrderPlan;
import io.kpiops.demo.DemoProduction.Output;
import io.kpiops.demo.DemoShiftPlan.Plan;
import io.kpiops.demo.DemoWorkOrders.Stored;
import io.kpiops.downtime.DowntimeSetup;
import io.kpiops.platform.time.PlantTime;
import io.kpiops.production.ProductionSetup;
import io.kpiops.quality.QualitySetup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The work orders and 90 days of shift data of one demo client, all written through the entry modules' set-up
 * facades (the API's rules, batch paths): the plan is made first (orders, shift plan, downtime, output) so that the
 * orders' quantities match what was produced for them, then the orders, production, downtime and quality are
 * written, the orders brought to their final status (holds included), and the attendance recorded.
 */
@Component
class DemoShiftData {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoShiftData.class);

    private final CatalogLookup catalog;
    private final ClientSettingsService settings;
    private final DemoWorkOrders workOrders;
    private final ProductionSetup production;
    private final DowntimeSetup downtime;
    private final QualitySetup quality;
    private final AttendanceSetup attendance;
    private final Clock clock;

    DemoShiftData(CatalogLookup catalog, ClientSettingsService settings, DemoWorkOrders workOrders,
            ProductionSetup production, DowntimeSetup downtime, QualitySetup quality, AttendanceSetup attendance,
            Clock clock) {
        this.catalog = catalog;
        this.settings = settings;
        this.workOrders = workOrders;
        this.production = production;
        this.downtime = downtime;
        this.quality = quality;
        this.attendance = attendance;
        this.clock = clock;
    }

    void create(long clientId, String clientCode, ZoneId zone, DemoPlantModel.Created plant) {
        long begin = System.nanoTime();
        LocalDate today = PlantTime.today(clock, zone);
        ClientCatalog cat = catalog.catalogOf(clientId);
        List<ShiftRef> shifts = plant.shifts().stream().map(cat.shifts()::get).toList();
        // the demo shifts are alike in length and breaks (8 h, 45 min of breaks)
        int length = shifts.getFirst().durationMinutes();
        int scheduled = shifts.getFirst().scheduledMinutes();
        double[] cycleTimes = plant.products().stream()
                .mapToDouble(p -> cat.products().get(p).idealCycleTimeHours().doubleValue()).toArray();

        List<OrderPlan> orders = DemoOrderPlan.plan(clientCode, today, cycleTimes.length, plant.lines().size());
        Plan plan = DemoShiftPlan.plan(clientCode, today, orders, cycleTimes.length);
        Losses losses = DemoDowntime.plan(clientCode, plan, length, scheduled);
        List<Output> outputs = DemoProduction.plan(clientCode, plan, losses, cycleTimes, scheduled);

        long[] produced = new long[orders.size()];
        outputs.stream().filter(o -> o.slot().order() >= 0).forEach(o -> produced[o.slot().order()] += o.units());
        double[] perShift = new double[cycleTimes.length];
        for (int p = 0; p < cycleTimes.length; p++) {
            perShift[p] = scheduled / 60.0 * 0.85 / cycleTimes[p];
        }
        int[] quantities = DemoWorkOrders.quantities(orders, produced, perShift);
        Stored stored = workOrders.create(clientId, orders, quantities, plant.lines(), plant.products());
        DemoIds ids = new DemoIds(clientId, plant.lines(), plant.products(), plant.shifts(), stored.orders(),
                stored.makeJobs());

        long t0 = System.nanoTime();
        production.createAll(DemoProduction.specs(ids, outputs));
        long t1 = System.nanoTime();
        Map<String, Long> reasons = cat.downtimeReasons().values().stream().filter(DowntimeReasonRef::active)
                .collect(Collectors.toMap(DowntimeReasonRef::code, DowntimeReasonRef::id));
        downtime.createAll(DemoDowntime.specs(ids, plan, losses,
                shifts.stream().mapToInt(ShiftRef::startMinute).toArray(), reasons));
        List<Long> defectTypes = cat.defectTypes().values().stream().filter(DefectTypeRef::active)
                .sorted(Comparator.comparing((DefectTypeRef t) -> t.code().equalsIgnoreCase("OTHER"))
                        .thenComparing(DefectTypeRef::id))
                .map(DefectTypeRef::id).toList();
        long t2 = System.nanoTime();
        quality.createAll(DemoQuality.specs(clientCode, ids, outputs, settings.inspectionStages(clientId), defectTypes));
        long t3 = System.nanoTime();
        workOrders.finish(clientId, zone, orders, quantities, stored, cat.holdReasons().values());
        long t4 = System.nanoTime();
        List<EmployeeRef> employees = cat.employees().values().stream()
                .sorted(Comparator.comparing(EmployeeRef::code)).toList();
        attendance.createAll(DemoAttendance.specs(clientCode, ids, plan, employees,
                shifts.stream().mapToInt(ShiftRef::scheduledMinutes).toArray()));
        long t5 = System.nanoTime();
        log.info("{}: orders {} ms, production {} ms, downtime {} ms, quality {} ms, holds and moves {} ms, attendance {} ms",
                clientCode, (t0 - begin) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000);
    }
}
