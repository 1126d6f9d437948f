package io.kpiops.platform.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Plant-local time: a production day is a calendar date in the client's time zone, instants are stored in UTC.
 */
public final class PlantTime {

    private PlantTime() {}

    /** The IANA zone for a name, or empty when the name is not one (e.g. for validation messages). */
    public static Optional<ZoneId> zone(String name) {
        if (name == null || name.isBlank() || !name.contains("/") && !name.equals("UTC")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Today's production date at a plant. */
    public static LocalDate today(Clock clock, ZoneId plantZone) {
        return LocalDate.ofInstant(clock.instant(), plantZone);
    }

    /** An instant as plant wall-clock time. */
    public static ZonedDateTime atPlant(Instant instant, ZoneId plantZone) {
        return instant.atZone(plantZone);
    }
}
