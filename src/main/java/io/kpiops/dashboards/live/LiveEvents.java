package io.kpiops.dashboards.live;

import io.kpiops.platform.events.EntryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands each committed entry change to the fan-out. {@link EntryChanged} is published only after its transaction
 * committed (and once per client and kind), so a plain listener suffices here.
 */
@Component
class LiveEvents {

    private final LiveFanout fanout;

    LiveEvents(LiveFanout fanout) {
        this.fanout = fanout;
    }

    @EventListener
    void on(EntryChanged changed) {
        fanout.publish(LiveEvent.of(changed));
    }
}
