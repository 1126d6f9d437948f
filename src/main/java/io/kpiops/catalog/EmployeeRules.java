package io.kpiops.catalog;

import io.kpiops.catalog.EmployeeRequests.CreateEmployeeRequest;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every rule an employee's values must satisfy, in one place for the single-record API and the import: the request's
 * constraints, and that the employee's line and usual shift are of the same client (the API names them by id, an
 * import by line code and shift name).
 */
@Component
class EmployeeRules {

    private final RequestValidator validator;

    EmployeeRules(RequestValidator validator) {
        this.validator = validator;
    }

    /** The errors of an employee as it would be created (or, by an import, created or updated). */
    List<FieldError> errors(CreateEmployeeRequest r) {
        return validator.errors(r);
    }

    void require(CreateEmployeeRequest r) {
        List<FieldError> errors = errors(r);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The error for a line (by id or code) that is not one of the employee's client. */
    static FieldError notALine(String field, Object line) {
        return new FieldError(field, "line " + line + " is not a line of this client");
    }

    /** The error for a shift (by id or name) that is not one of the employee's client. */
    static FieldError notAShift(String field, Object shift) {
        return new FieldError(field, "shift " + shift + " is not a shift of this client");
    }

    static String duplicate(String code) {
        return "This client already has an employee " + code + ".";
    }
}
