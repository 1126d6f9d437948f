package io.kpiops.catalog;

import io.kpiops.catalog.EmployeeRequests.CreateEmployeeRequest;
import io.kpiops.catalog.EmployeeRequests.EmployeeSnapshot;
import io.kpiops.catalog.EmployeeRequests.UpdateEmployeeRequest;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EmployeeService {

    static final String ENTITY = "employee";

    private final EmployeeRepository repository;
    private final LineRepository lines;
    private final ShiftRepository shifts;
    private final EmployeeRules rules;
    private final CatalogSupport support;

    EmployeeService(EmployeeRepository repository, LineRepository lines, ShiftRepository shifts, EmployeeRules rules,
            CatalogSupport support) {
        this.repository = repository;
        this.lines = lines;
        this.shifts = shifts;
        this.rules = rules;
        this.support = support;
    }

    @Transactional(readOnly = true)
    Page<Employee> search(Long clientId, String q, Boolean active, Pageable pageable) {
        return repository.search(clientId, CatalogSupport.pattern(q), active, pageable);
    }

    @Transactional(readOnly = true)
    Employee get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Employee " + id));
    }

    @Transactional
    Employee create(CreateEmployeeRequest r) {
        support.requireClient(r.clientId());
        rules.require(r);
        String code = CatalogSupport.code(r.code());
        if (repository.existsByClientIdAndCodeIgnoreCase(r.clientId(), code)) {
            throw ApiException.conflict("code", EmployeeRules.duplicate(code));
        }
        requireReferencesOf(r.clientId(), r.lineId(), r.shiftId());
        Employee e = new Employee(r.clientId(), code, support.now());
        e.change(r.name().trim(), r.lineId(), r.shiftId(), Boolean.TRUE.equals(r.floatingPool()),
                r.active() == null || r.active(), support.now());
        repository.save(e);
        support.created(ENTITY, e, EmployeeSnapshot.of(e));
        return e;
    }

    @Transactional
    Employee update(long id, UpdateEmployeeRequest r) {
        Employee e = get(id);
        e.requireVersion(r.version(), "Employee " + e.code);
        requireReferencesOf(e.getClientId(), r.lineId(), r.shiftId());
        EmployeeSnapshot before = EmployeeSnapshot.of(e);
        e.change(r.name().trim(), r.lineId(), r.shiftId(), r.floatingPool(), r.active(), support.now());
        repository.flush();
        support.updated(ENTITY, e, before, EmployeeSnapshot.of(e));
        return e;
    }

    /**
     * The line and the usual shift must be of the employee's own client (another client's is reported as unknown);
     * both are checked so that one answer names every offending field.
     */
    private void requireReferencesOf(long clientId, Long lineId, Long shiftId) {
        List<FieldError> errors = new ArrayList<>();
        if (lineId != null) {
            ProductionLine line = lines.findById(lineId).orElse(null);
            if (line == null || line.getClientId() != clientId) {
                errors.add(EmployeeRules.notALine("line_id", lineId));
            }
        }
        if (shiftId != null) {
            Shift shift = shifts.findById(shiftId).orElse(null);
            if (shift == null || shift.getClientId() != clientId) {
                errors.add(EmployeeRules.notAShift("shift_id", shiftId));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
