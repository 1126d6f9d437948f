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
 * with ideal cycle times, the industry's defect types, twenty employees of whom three float (the others on a usual
 * shift: seven Day, six Evening, four Night). Seeded randomness: the same every first start.
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

    /** The ids of what was created, for the demo data built on top. */
    record Created(List<Long> lines, List<Long> products) {}

    Created create(long clientId, String clientCode, List<ProductSpec> products, String defectTemplate) {
        long day = catalog.shift(clientId, "Day", "06:00", "14:00", List.of(new BreakSpec("Morning break", "08:00", 15),
                new BreakSpec("Lunch", "10:00", 30)));
        long evening = catalog.shift(clientId, "Evening", "14:00", "22:00", List.of(new BreakSpec("Break", "16:00", 15),
                new BreakSpec("Dinner", "18:00", 30)));
        long night = catalog.shift(clientId, "Night", "22:00", "06:00", List.of(new BreakSpec("Break", "00:00", 15),
                new BreakSpec("Meal", "02:00", 30)));

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
            boolean floating = i > 17;
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            Long shift = floating ? null : i <= 7 ? day : i <= 13 ? evening : night;
            catalog.employee(clientId, String.format("EMP-%03d", i), name, floating ? null : lines.get((i - 1) % lines.size()),
                    shift, floating);
        }
        return new Created(lines, productIds);
    }
}
