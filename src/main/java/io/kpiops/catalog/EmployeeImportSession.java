package io.kpiops.catalog;

import io.kpiops.catalog.EmployeeRequests.CreateEmployeeRequest;
import io.kpiops.catalog.EmployeeRequests.EmployeeSnapshot;
import io.kpiops.imports.ImportContext;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.web.FieldError;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One pass over an employees file (see {@link UpsertSession}), checked by {@link EmployeeRules} as POST /api/employees
 * is; lines are named by code and usual shifts by name, both of the same client.
 */
final class EmployeeImportSession extends UpsertSession<CreateEmployeeRequest, EmployeeSnapshot> {

    static final Table TABLE = new Table(EmployeeService.ENTITY, "employees", List.of("name", "line_id", "shift_id", "floating_pool",
            "active"));

    private final Map<String, Long> lines;
    private final Map<String, Long> shifts;
    private final EmployeeRules rules;

    /** @param shifts the client's shifts by {@link #shiftKey} of their names */
    EmployeeImportSession(long clientId, ImportContext context, Map<String, Existing<EmployeeSnapshot>> existing,
            Map<String, Long> lines, Map<String, Long> shifts, EmployeeRules rules, CatalogBulk bulk) {
        super(clientId, context, TABLE, existing, bulk);
        this.lines = lines;
        this.shifts = shifts;
        this.rules = rules;
    }

    @Override
    CreateEmployeeRequest request(String code, Map<String, String> v, EmployeeSnapshot current, List<FieldError> errors) {
        Long lineId = value(v, "line_code", current, EmployeeSnapshot::lineId, lineCode -> {
            Long id = lines.get(CatalogSupport.code(lineCode));
            if (id == null) {
                errors.add(EmployeeRules.notALine("line_code", lineCode));
            }
            return id;
        });
        Long shiftId = value(v, "shift", current, EmployeeSnapshot::shiftId, name -> {
            Long id = shifts.get(shiftKey(name));
            if (id == null) {
                errors.add(EmployeeRules.notAShift("shift", name));
            }
            return id;
        });
        return new CreateEmployeeRequest(clientId, code, v.get("name"), lineId, shiftId,
                value(v, "floating_pool", current, EmployeeSnapshot::floatingPool, s -> context.bool("floating_pool", s, errors)),
                value(v, "active", current, EmployeeSnapshot::active, s -> context.bool("active", s, errors)));
    }

    @Override
    List<FieldError> ruleErrors(CreateEmployeeRequest request) {
        return rules.errors(request);
    }

    @Override
    EmployeeSnapshot stored(CreateEmployeeRequest r) {
        return new EmployeeSnapshot(r.code(), r.name().trim(), r.lineId(), r.shiftId(), Boolean.TRUE.equals(r.floatingPool()),
                r.active() == null || r.active());
    }

    @Override
    String code(EmployeeSnapshot record) {
        return record.code();
    }

    @Override
    void bindValues(PreparedStatement ps, int first, EmployeeSnapshot e) throws SQLException {
        ps.setString(first, e.name());
        JdbcValues.nullableLong(ps, first + 1, e.lineId());
        JdbcValues.nullableLong(ps, first + 2, e.shiftId());
        ps.setBoolean(first + 3, e.floatingPool());
        ps.setBoolean(first + 4, e.active());
    }

    /** Shift names match ignoring case and surrounding spaces, as the API's uniqueness of names does. */
    static String shiftKey(String name) {
        return name.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
