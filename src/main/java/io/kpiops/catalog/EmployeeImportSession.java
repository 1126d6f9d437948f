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
 * is; lines are named by code and must be lines of the same client.
 */
final class EmployeeImportSession extends UpsertSession<CreateEmployeeRequest, EmployeeSnapshot> {

    static final Table TABLE = new Table(EmployeeService.ENTITY, "employees", List.of("name", "line_id", "floating_pool", "active"));

    private final Map<String, Long> lines;
    private final EmployeeRules rules;

    EmployeeImportSession(long clientId, ImportContext context, Map<String, Existing<EmployeeSnapshot>> existing,
            Map<String, Long> lines, EmployeeRules rules, CatalogBulk bulk) {
        super(clientId, context, TABLE, existing, bulk);
        this.lines = lines;
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
        return new CreateEmployeeRequest(clientId, code, v.get("name"), lineId,
                value(v, "floating_pool", current, EmployeeSnapshot::floatingPool, s -> context.bool("floating_pool", s, errors)),
                value(v, "active", current, EmployeeSnapshot::active, s -> context.bool("active", s, errors)));
    }

    @Override
    List<FieldError> ruleErrors(CreateEmployeeRequest request) {
        return rules.errors(request);
    }

    @Override
    EmployeeSnapshot stored(CreateEmployeeRequest r) {
        return new EmployeeSnapshot(r.code(), r.name().trim(), r.lineId(), Boolean.TRUE.equals(r.floatingPool()),
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
        ps.setBoolean(first + 2, e.floatingPool());
        ps.setBoolean(first + 3, e.active());
    }
}
