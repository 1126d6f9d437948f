package io.kpiops.platform.events;

import java.time.LocalDate;

/**
 * Implemented by an audited snapshot or response of an entry that belongs to one production day, so that the
 * {@link EntryChanged} event of its change can say which days changed.
 */
public interface ProductionDay {
    LocalDate shiftDate();
}
