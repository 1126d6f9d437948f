package io.kpiops.dashboards.live;

import io.kpiops.platform.events.ChangeAction;
import io.kpiops.platform.events.EntryChanged;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code entry-changed} event as streams and the Redis channel carry it (snake_case JSON):
 * {@code {"client_id":7,"kind":"production","from":"2026-11-30","to":"2026-11-30","actions":["created"]}}.
 */
record LiveEvent(long clientId, String kind, LocalDate from, LocalDate to, List<String> actions) {

    static LiveEvent of(EntryChanged e) {
        return new LiveEvent(e.clientId(), e.kind().key(), e.from(), e.to(),
                e.actions().stream().sorted().map(ChangeAction::key).toList());
    }
}
