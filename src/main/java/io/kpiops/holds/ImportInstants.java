package io.kpiops.holds;

import io.kpiops.imports.ImportContext;
import io.kpiops.platform.web.FieldError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instants in import files: an ISO instant with Z or an offset; or a date in any form the import reads (ISO or the
 * client's day/month order) followed by an optional time HH:MM[:SS] (after a space or T), taken as plant time; a date
 * alone is 00:00 at the plant.
 */
final class ImportInstants {

    private static final Pattern WITH_TIME = Pattern.compile("(.+?)[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private ImportInstants() {}

    static Instant parse(String column, String value, ImportContext context, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            // a plant-local date with an optional time
        }
        String datePart = v;
        LocalTime time = LocalTime.MIDNIGHT;
        Matcher m = WITH_TIME.matcher(v);
        if (m.matches()) {
            datePart = m.group(1).trim();
            try {
                time = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            } catch (DateTimeException e) {
                errors.add(new FieldError(column, "has an impossible time of day"));
                return null;
            }
        }
        LocalDate day = context.date(column, datePart, errors);
        return day == null ? null : day.atTime(time).atZone(context.plantZone()).toInstant();
    }
}
