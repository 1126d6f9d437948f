package io.kpiops.demo;

import io.kpiops.catalog.CatalogSetup;
import io.kpiops.catalog.CatalogSetup.BreakSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * A believable plant model per demo client: three shifts (the night one crossing midnight), three lines, six products
 * with ideal cycle times, the industry's defect types, twenty employees of whom three float. Each employee has a usual
 * shift: line 1 runs Day and Evening only, lines 2 and 3 all three shifts, and one floater per shift covers absences.
 * Seeded randomness: the same every first start.
 */
@Component
class DemoPlantModel {

    private static final String[] FIRST = {"Ana", "Luis", "Marta", "Jorge", "Sofia", "Diego", "Carmen", "Pablo", "Lucia",
        "Raul", "Elena", "Hugo", "Irene", "Mateo", "Nora", "Oscar", "Paula", "Ruben", "Sara", "Tomas"};
    private static final String[] LAST = {"Garcia", "Lopez", "Martin", "Perez", "Gomez", "Ruiz", "Diaz", "Moreno",
        "Alvarez", "Romero", "Navarro", "Torres", "Flores", "Rivera", "Smith", "Johnson", "Brown", "Miller"};

    private final CatalogSetup catalog;

    DemoPlantModel(CatalogSetup catalog) {
        this.catalog = catalog;
    }

    /** Product lines per client: code prefix, names and cycle times (hours per unit). */
    record ProductSpec(String code, String name, String hours) {}

    /** Line (index into the lines) and usual shift (0 Day, 1 Evening, 2 Night) of EMP-001 … EMP-017. */
    private static final int[][] CREWS = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {0, 1}, {0, 1}, {1, 0}, {1, 0}, {1, 1},
        {1, 1}, {1, 2}, {1, 2}, {2, 0}, {2, 0}, {2, 1}, {2, 1}, {2, 2}};

    /** The ids of what was created, for the demo data built on top; shifts in the order Day, Evening, Night. */
    record Created(List<Long> lines, List<Long> products, List<Long> shifts) {}

    Created create(long clientId, String clientCode, List<ProductSpec> products, String defectTemplate) {
        List<Long> shifts = List.of(
                catalog.shift(clientId, "Day", "06:00", "14:00", List.of(new BreakSpec("Morning break", "08:00", 15),
                        new BreakSpec("Lunch", "10:00", 30))),
                catalog.shift(clientId, "Evening", "14:00", "22:00", List.of(new BreakSpec("Break", "16:00", 15),
                        new BreakSpec("Dinner", "18:00", 30))),
                catalog.shift(clientId, "Night", "22:00", "06:00", List.of(new BreakSpec("Break", "00:00", 15),
                        new BreakSpec("Meal", "02:00", 30))));

        List<Long> lines = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            lines.add(catalog.line(clientId, "L" + i, "Line " + i));
        }
        List<Long> productIds = new ArrayList<>();
        for (ProductSpec p : products) {
            productIds.add(catalog.product(clientId, p.code(), p.name(), new BigDecimal(p.hours())));
        }
        catalog.defectTemplate(clientId, defectTemplate);
        Random random = new Random(clientCode.hashCode());
        for (int i = 1; i <= 20; i++) {
            boolean floating = i > CREWS.length;
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            Long line = floating ? null : lines.get(CREWS[i - 1][0]);
            long shift = shifts.get(floating ? i - CREWS.length - 1 : CREWS[i - 1][1]);
            catalog.employee(clientId, String.format("EMP-%03d", i), name, line, shift, floating);
        }
        return new Created(lines, productIds, shifts);
    }
}
