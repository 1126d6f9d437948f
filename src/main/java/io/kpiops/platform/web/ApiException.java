package io.kpiops.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the API reports as an RFC 9457 problem detail. Services throw the subclasses; {@link ProblemHandler}
 * turns them into responses.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public ApiException(HttpStatus status, String code, String detail, List<FieldError> errors, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** 404: the record does not exist or belongs to a client outside the caller's scope. */
    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " not found", List.of(), Map.of());
    }

    /** 422 with one field named. */
    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 422 naming every offending field. */
    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed",
                "The request breaks " + errors.size() + " rule(s); see errors.", errors, Map.of());
    }

    /** 409: duplicate key or similar conflict, named by field. */
    public static ApiException conflict(String field, String message) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", message, List.of(new FieldError(field, message)), Map.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail, List.of(), Map.of());
    }
}
