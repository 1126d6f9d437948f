package io.kpiops.downtime;

import io.kpiops.downtime.DowntimeRequests.DowntimeRequest;
import io.kpiops.downtime.DowntimeService.Event;
import io.kpiops.platform.persistence.EntryMethod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downtime the system records by itself (demo data): the rules of the API (events running past the end of their shift
 * are split alike), entry method SYSTEM_IMPORT, one audit row per record, written in JDBC batches.
 */
@Service
public class DowntimeSetup {

    private final DowntimeService service;
    private final DowntimeSupport support;
    private final DowntimeBulkWriter writer;

    DowntimeSetup(DowntimeService service, DowntimeSupport support, DowntimeBulkWriter writer) {
        this.service = service;
        this.support = support;
        this.writer = writer;
    }

    /**
     * A downtime event: clock times (plant-local; an end before the start is on the next day) with or without a
     * duration, or a duration alone; a line, a work order or both.
     */
    public record DowntimeSpec(long clientId, LocalDate shiftDate, long shiftId, Long lineId, Long workOrderId,
            long reasonId, LocalTime start, LocalTime end, Integer durationMinutes, String machine, String notes) {}

    /** Records every event or none (422 naming each offending {@code entries[i].field}); the number of records written. */
    @Transactional
    public int createAll(List<DowntimeSpec> specs) {
        List<DowntimeRequest> requests = specs.stream().map(s -> new DowntimeRequest(s.clientId(), s.shiftDate(),
                s.shiftId(), s.lineId(), s.workOrderId(), s.reasonId(), s.start(), s.end(), s.durationMinutes(), s.machine(),
                null, s.notes(), null, null, null)).toList();
        List<Event> events = service.check(requests);
        Map<Long, List<Event>> byClient = new LinkedHashMap<>();
        events.forEach(e -> byClient.computeIfAbsent(e.clientId(), c -> new ArrayList<>()).add(e));
        Map<Long, String> numbers = support.numbers(DowntimeService.orderIds(requests));
        int written = 0;
        for (Map.Entry<Long, List<Event>> client : byClient.entrySet()) {
            written += writer.write(client.getKey(), client.getValue(), EntryMethod.SYSTEM_IMPORT, numbers,
                    support.catalog().catalogOf(client.getKey()).downtimeReasons(), support.now()).size();
        }
        return written;
    }
}
