package io.kpiops.platform.web;

/** One offending field of a request, named as in the JSON body or query (snake_case). */
public record FieldError(String field, String message) {}
