package io.kpiops.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an RFC 9457 problem detail ({@code application/problem+json}) with {@code type, title,
 * status, detail, code} and, for validation, {@code errors: [{field, message}]}. Never a stack trace, never SQL.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final String maxFileSize;

    ProblemHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
        this.maxFileSize = maxFileSize.replaceAll("(?i)(\\d)(KB|MB|GB)$", "$1 $2");
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ProblemDetail pd = Problems.of(e.status(), e.code(), e.getMessage(), e.errors());
        e.properties().forEach(pd::setProperty);
        var response = ResponseEntity.status(e.status());
        if (e.properties().get("retry_after_seconds") instanceof Number wait) {
            response.header(HttpHeaders.RETRY_AFTER, wait.toString());
        }
        return response.body(pd);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleVersion(ObjectOptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "stale_version",
                "The record was changed by someone else; reload it and apply your change again.", List.of()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.info("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "conflict",
                "The change conflicts with existing data (a duplicate or a record still in use).", List.of()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(Problems.snake(lastNode(v.getPropertyPath().toString())), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return unprocessable(errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName().toLowerCase();
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "bad_parameter",
                "Parameter '" + e.getName() + "' is not a valid " + type,
                List.of(new FieldError(Problems.snake(e.getName()), "not a valid " + type))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Your role does not allow this action.", List.of()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Sign in to continue.", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal_error", "Something went wrong on our side; the error has been logged.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldError(Problems.snake(f.getField()), f.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldError::field));
        return ResponseEntity.unprocessableContent().body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed",
                "The request breaks " + errors.size() + " rule(s); see errors.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(new FieldError(Problems.snake(r.getMethodParameter().getParameterName()), err.getDefaultMessage()))));
        return ResponseEntity.unprocessableContent().body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed",
                "The request breaks " + errors.size() + " rule(s); see errors.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = fieldOf(ex);
        if (field != null) {
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed_body",
                    "The request body has a value of the wrong type or format in " + field + ".",
                    List.of(new FieldError(field, "has a value of the wrong type or format"))));
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed_body",
                "The request body is not valid JSON of the expected shape.", List.of()));
    }

    /** An upload over {@code spring.servlet.multipart.max-file-size}: 413, naming the limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                "file_too_large", "The file is larger than the upload limit of " + maxFileSize + ".",
                List.of(new FieldError("file", "is larger than " + maxFileSize))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "no_such_endpoint",
                "There is no endpoint at /" + ex.getResourcePath(), List.of()));
    }

    /** Every other Spring MVC exception (405, 415, 406, missing parameter…) keeps its status and gains our fields. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail pd
                && (pd.getProperties() == null || !pd.getProperties().containsKey("code"))) {
            pd.setType(URI.create(Problems.TYPE_PREFIX + codeFor(statusCode)));
            pd.setProperty("code", codeFor(statusCode));
        }
        return response;
    }

    private ResponseEntity<ProblemDetail> unprocessable(List<FieldError> errors) {
        return ResponseEntity.unprocessableContent().body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed",
                "The request breaks " + errors.size() + " rule(s); see errors.", errors));
    }

    /** The JSON path (snake_case, as sent) of the value Jackson could not read, if it knows one. */
    private static String fieldOf(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.DatabindException db && !db.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var ref : db.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 405 -> "method_not_allowed";
            case 415 -> "unsupported_media_type";
            case 406 -> "not_acceptable";
            case 404 -> "no_such_endpoint";
            default -> "bad_request";
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

}
