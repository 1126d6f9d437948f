package io.kpiops.catalog;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.catalog.EmployeeRequests.EmployeeSnapshot;
import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Employees from CSV/XLSX: a row with a code the client has updates that employee, any other creates one. */
@Component
class EmployeeImport extends CatalogImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("code", "EMP-0001", "Employee code, unique per client, up to 50 characters (stored upper-case). "
                    + "A code the client already has updates that employee.", "employee_code", "código", "código de empleado",
                    "número de empleado"),
            required("name", "Ana López", "Full name, up to 100 characters.", "employee_name", "full_name", "nombre",
                    "nombre completo", "empleado"),
            optional("line_code", "L1", "Code of one of the client's production lines. Empty: none (an existing "
                    + "employee keeps the current line).", "line", "línea", "código de línea"),
            optional("shift", "Day", "Name of one of the client's shifts: the usual shift, where the attendance roster lists "
                    + "the employee. Empty: none (an existing employee keeps the current shift).", "shift_name", "usual_shift",
                    "shift_id", "turno", "turno habitual"),
            optional("floating_pool", "no", "Floating pool (covers absences across lines): yes/no; default no.",
                    "is_floating_pool", "floating", "flotante", "pool flotante"),
            optional("active", "yes", "yes/no (also true/false, y/n, 1/0, sí/no); default yes.", "is_active", "activo",
                    "activa"));

    private final EmployeeRules rules;
    private final CatalogBulk bulk;

    EmployeeImport(EmployeeRules rules, CatalogBulk bulk) {
        super("employees", COLUMNS);
        this.rules = rules;
        this.bulk = bulk;
    }

    @Override
    public ImportSession open(long clientId, ImportContext context) {
        var existing = bulk.byCode("select id, code, name, line_id, shift_id, floating_pool, active from employees"
                + " where client_id = ?", clientId, (rs, n) -> new UpsertSession.Existing<>(rs.getLong("id"),
                        new EmployeeSnapshot(rs.getString("code"), rs.getString("name"),
                                CatalogBulk.nullableLong(rs, "line_id"), CatalogBulk.nullableLong(rs, "shift_id"),
                                rs.getBoolean("floating_pool"), rs.getBoolean("active"))));
        var lines = bulk.ids("production_lines", clientId);
        Map<String, Long> shifts = new HashMap<>();
        bulk.byCode("select id, name as code from shifts where client_id = ?", clientId, (rs, n) -> rs.getLong("id"))
                .forEach((name, id) -> shifts.put(EmployeeImportSession.shiftKey(name), id));
        return new EmployeeImportSession(clientId, context, existing, lines, shifts, rules, bulk);
    }
}
