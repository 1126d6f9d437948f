package io.kpiops.platform.events;

import java.time.LocalDate;
import java.util.Set;

/**
 * Entries of one kind of one client were created, changed or deleted by one committed transaction. Published only
 * after the commit (see {@link EntryChanges}), and coalesced: a batch of 10 000 rows is one event per client and kind.
 *
 * @param from    the earliest production day (shift date) touched; null when the change has none (a work order)
 * @param to      the latest production day touched; null with {@code from}
 * @param actions what happened, e.g. {created} for a batch, {updated, deleted} for a mixed transaction
 */
public record EntryChanged(long clientId, EntryKind kind, LocalDate from, LocalDate to, Set<ChangeAction> actions) {

    public EntryChanged {
        actions = Set.copyOf(actions);
    }
}
