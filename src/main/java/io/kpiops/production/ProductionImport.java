package io.kpiops.production;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import io.kpiops.imports.ImportType;
import io.kpiops.platform.security.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Production entries from CSV/XLSX: one row is one entry, with the shift by name, the line by code, the work order by
 * number and the product by code, checked by the same {@link ProductionRules} as the API.
 */
@Component
class ProductionImport implements ImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("shift_date", "2026-03-02", "Production day the shift started on (ISO or the client's date order).",
                    "production_date", "date", "fecha", "fecha de producción", "fecha de produccion"),
            required("shift", "Day", "Name of one of the client's shifts.", "shift_name", "shift_id", "turno"),
            optional("line_code", "L1", "Code of the client's line; needed when no work order is given.", "line",
                    "line_id", "línea", "linea"),
            optional("work_order", "WO-2026-0001", "Number of the client's work order.", "work_order_number",
                    "work_order_id", "wo", "orden", "orden de trabajo"),
            optional("job_sequence", "10", "Sequence of the order's job the entry is for.", "job", "job_id", "secuencia"),
            optional("product_code", "POLO-M", "Code of the client's product; defaults to the order's product.",
                    "product", "product_id", "style", "sku", "producto"),
            required("units_produced", "480", "Units produced, 0 to 1000000.", "units", "quantity", "qty",
                    "unidades", "cantidad"),
            optional("run_time_hours", "7.5", "Hours the line ran (0 to 24, at most the shift's length); empty = inferred.",
                    "run_time", "runtime_hours", "hours", "horas"),
            optional("employees_assigned", "5", "People assigned to the line or order (1 to 1000).", "employees",
                    "crew", "empleados"),
            optional("employees_present", "5", "People present (at most those assigned).", "present", "presentes"),
            optional("defect_count", "6", "Units not good first time (at most the units produced).", "defects",
                    "units_defective", "defectos"),
            optional("rework_count", "2", "Defective units reworked (rework + scrap at most the defects).", "rework",
                    "retrabajo"),
            optional("scrap_count", "1", "Defective units scrapped.", "scrap", "desperdicio", "merma"),
            optional("notes", "", "Up to 1000 characters.", "notas", "comentarios"));

    private final ProductionService service;
    private final io.kpiops.platform.web.RequestValidator validator;

    ProductionImport(ProductionService service, io.kpiops.platform.web.RequestValidator validator) {
        this.service = service;
        this.validator = validator;
    }

    @Override
    public String name() {
        return "production";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.OPERATOR, Role.LEADER, Role.POWERUSER, Role.ADMIN);
    }

    @Override
    public ImportSession open(long clientId, ImportContext context) {
        return new ProductionImportSession(clientId, context, service, validator);
    }
}
