package io.kpiops.imports;

import io.kpiops.clients.DateOrder;
import io.kpiops.platform.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@link ImportSession} reads values with, so that every type parses the same way: dates in ISO or in the
 * client's {@link DateOrder}, numbers with a decimal point or comma (see {@link ValueParsers} for the exact rules),
 * whole numbers, yes/no values; and a check for keys that repeat inside the file.
 *
 * <p>Every parser takes the column name, the row's value (null when absent) and the row's error list: it returns the
 * value, or null when it is absent or unreadable — in the latter case after adding a {@link FieldError} named after
 * the column. One context belongs to one session (pass over a file).
 */
public final class ImportContext {

    private final long clientId;
    private final ZoneId plantZone;
    private final DateOrder dateOrder;
    private final Map<String, Map<String, Integer>> seen = new HashMap<>();

    private ImportContext(long clientId, ZoneId plantZone, DateOrder dateOrder) {
        this.clientId = clientId;
        this.plantZone = plantZone;
        this.dateOrder = dateOrder;
    }

    /** A context for one pass over a file of a client (public so that types can unit-test their sessions). */
    public static ImportContext of(long clientId, ZoneId plantZone, DateOrder dateOrder) {
        return new ImportContext(clientId, plantZone, dateOrder);
    }

    public long clientId() {
        return clientId;
    }

    /** The client's time zone: ISO instants in a file are read as the plant's calendar date. */
    public ZoneId plantZone() {
        return plantZone;
    }

    public DateOrder dateOrder() {
        return dateOrder;
    }

    public LocalDate date(String column, String value, List<FieldError> errors) {
        try {
            return value == null ? null : ValueParsers.date(value, dateOrder, plantZone);
        } catch (ValueParsers.Invalid e) {
            return invalid(column, e, errors);
        }
    }

    public BigDecimal decimal(String column, String value, List<FieldError> errors) {
        try {
            return value == null ? null : ValueParsers.decimal(value);
        } catch (ValueParsers.Invalid e) {
            return invalid(column, e, errors);
        }
    }

    public Integer integer(String column, String value, List<FieldError> errors) {
        try {
            return value == null ? null : ValueParsers.integer(value);
        } catch (ValueParsers.Invalid e) {
            return invalid(column, e, errors);
        }
    }

    public Boolean bool(String column, String value, List<FieldError> errors) {
        try {
            return value == null ? null : ValueParsers.bool(value);
        } catch (ValueParsers.Invalid e) {
            return invalid(column, e, errors);
        }
    }

    /**
     * Remembers that {@code key} (already normalised, e.g. upper-cased code) is in this row; when an earlier row of the
     * file had it, adds an error on {@code column} naming that row and returns false.
     */
    public boolean unique(String column, String key, int rowNumber, List<FieldError> errors) {
        Integer first = seen.computeIfAbsent(column, c -> new HashMap<>()).putIfAbsent(key, rowNumber);
        if (first == null || first == rowNumber) {
            return true;
        }
        errors.add(new FieldError(column, "'" + key + "' is already in row " + first + " of this file"));
        return false;
    }

    private static <T> T invalid(String column, ValueParsers.Invalid e, List<FieldError> errors) {
        errors.add(new FieldError(column, e.getMessage()));
        return null;
    }
}
