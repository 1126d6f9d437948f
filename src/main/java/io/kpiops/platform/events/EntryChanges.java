package io.kpiops.platform.events;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where entry writers say what they changed. Inside a transaction the changes are gathered per client and kind and
 * published as {@link EntryChanged} events once the transaction has committed, so a rolled-back write notifies nobody
 * and a batch of any size is one event per client and kind. Outside a transaction each change is published at once.
 */
@Component
public class EntryChanges {

    private final ApplicationEventPublisher events;

    EntryChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * One audited change (see {@code AuditLog}): recorded when the entity is one of an {@link EntryKind}'s, with the
     * production day of its old and new value where they have one.
     */
    public void audited(String entity, Long clientId, io.kpiops.platform.audit.AuditAction action, Object oldValue,
            Object newValue) {
        if (clientId == null) {
            return;
        }
        ChangeAction change = switch (action) {
            case CREATE -> ChangeAction.CREATED;
            case UPDATE -> ChangeAction.UPDATED;
            case DELETE -> ChangeAction.DELETED;
            default -> null;
        };
        if (change == null) {
            return;
        }
        EntryKind.ofAuditEntity(entity).ifPresent(kind -> {
            LocalDate before = oldValue instanceof ProductionDay d ? d.shiftDate() : null;
            LocalDate after = newValue instanceof ProductionDay d ? d.shiftDate() : null;
            if (before != null && !before.equals(after)) {
                record(clientId, kind, before, change);
            }
            record(clientId, kind, after != null ? after : before, change);
        });
    }

    /** One entry of {@code kind} of client {@code clientId} on production day {@code day} (null if it has none). */
    public void record(long clientId, EntryKind kind, LocalDate day, ChangeAction action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new EntryChanged(clientId, kind, day, day, Set.of(action)));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(clientId, kind, day, action);
    }

    private record Key(long clientId, EntryKind kind) {}

    /** The changes of one client and kind so far: the span of days and the actions. */
    private static final class Span {
        LocalDate from;
        LocalDate to;
        final Set<ChangeAction> actions = EnumSet.noneOf(ChangeAction.class);

        void add(LocalDate day, ChangeAction action) {
            actions.add(action);
            if (day != null) {
                from = from == null || day.isBefore(from) ? day : from;
                to = to == null || day.isAfter(to) ? day : to;
            }
        }
    }

    /** The transaction's gathered changes; published after commit, dropped on rollback. */
    private final class Pending implements TransactionSynchronization {
        private final Map<Key, Span> spans = new LinkedHashMap<>();

        void add(long clientId, EntryKind kind, LocalDate day, ChangeAction action) {
            spans.computeIfAbsent(new Key(clientId, kind), k -> new Span()).add(day, action);
        }

        @Override
        public void afterCommit() {
            spans.forEach((k, s) -> events.publishEvent(new EntryChanged(k.clientId(), k.kind(), s.from, s.to, s.actions)));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(EntryChanges.this);
        }
    }
}
