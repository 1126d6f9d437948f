package io.kpiops.catalog;

import io.kpiops.catalog.EmployeeRequests.CreateEmployeeRequest;
import io.kpiops.catalog.LineRequests.CreateLineRequest;
import io.kpiops.catalog.ProductRequests.CreateProductRequest;
import io.kpiops.catalog.ShiftRequests.BreakBody;
import io.kpiops.catalog.ShiftRequests.CreateShiftRequest;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plant-model set-up the system does by itself (demo data), with the same rules and audit as the API. */
@Service
public class CatalogSetup {

    private final ProductService products;
    private final LineService lines;
    private final ShiftService shifts;
    private final EmployeeService employees;
    private final DefectTypeService defectTypes;

    CatalogSetup(ProductService products, LineService lines, ShiftService shifts, EmployeeService employees,
            DefectTypeService defectTypes) {
        this.defectTypes = defectTypes;
        this.products = products;
        this.lines = lines;
        this.shifts = shifts;
        this.employees = employees;
    }

    /** A scheduled break: a name, its start ("HH:MM") and length. */
    public record BreakSpec(String name, String start, int minutes) {}

    @Transactional
    public long product(long clientId, String code, String name, BigDecimal idealCycleTimeHours) {
        return products.create(new CreateProductRequest(clientId, code, name, null, idealCycleTimeHours, null, null, true)).getId();
    }

    @Transactional
    public long line(long clientId, String code, String name) {
        return lines.create(new CreateLineRequest(clientId, code, name, true)).getId();
    }

    @Transactional
    public long shift(long clientId, String name, String start, String end, List<BreakSpec> breaks) {
        List<BreakBody> bodies = breaks.stream()
                .map(b -> new BreakBody(b.name(), LocalTime.parse(b.start()), b.minutes())).toList();
        return shifts.create(new CreateShiftRequest(clientId, name, LocalTime.parse(start), LocalTime.parse(end), bodies, true))
                .getId();
    }

    @Transactional
    public long employee(long clientId, String code, String name, Long lineId, boolean floatingPool) {
        return employee(clientId, code, name, lineId, null, floatingPool);
    }

    /** An employee with a usual shift (the attendance roster lists them there). */
    @Transactional
    public long employee(long clientId, String code, String name, Long lineId, Long shiftId, boolean floatingPool) {
        return employees.create(new CreateEmployeeRequest(clientId, code, name, lineId, shiftId, floatingPool, true))
                .getId();
    }

    /** Loads an industry defect-type template (e.g. "textile_apparel") into the client; returns how many were added. */
    @Transactional
    public int defectTemplate(long clientId, String template) {
        return defectTypes.loadTemplate(template, clientId).added();
    }
}
