package io.kpiops.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Bean Validation of a request record outside Spring MVC's {@code @Valid} (bulk imports, set-up by the system), with
 * the same constraints, messages and snake_case field names as the API's 422 answers.
 */
@Component
public class RequestValidator {

    private final Validator validator;

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** The request's constraint violations as field errors, sorted by field (empty when it is valid). */
    public List<FieldError> errors(Object request) {
        var violations = validator.validate(request);
        if (violations.isEmpty()) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>(violations.size());
        for (ConstraintViolation<Object> v : violations) {
            errors.add(new FieldError(Problems.snake(v.getPropertyPath().toString()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /** Throws a 422 naming every violation. */
    public void require(Object request) {
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
