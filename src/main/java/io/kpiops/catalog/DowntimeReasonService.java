package io.kpiops.catalog;

import io.kpiops.catalog.DowntimeReasonRequests.CreateDowntimeReasonRequest;
import io.kpiops.catalog.DowntimeReasonRequests.DowntimeReasonSnapshot;
import io.kpiops.catalog.DowntimeReasonRequests.UpdateDowntimeReasonRequest;
import io.kpiops.clients.ClientCreated;
import io.kpiops.platform.db.ClientWriteLock;
import io.kpiops.platform.web.ApiException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DowntimeReasonService {

    static final String ENTITY = "downtime_reason";

    /** The catalog every new client starts with (editable afterwards). */
    static final List<CreateDowntimeReasonRequest> DEFAULTS = List.of(
            defaults("BREAKDOWN", "Equipment breakdown", DowntimeCategory.MACHINE, false, false),
            defaults("PLANNED_MAINTENANCE", "Planned maintenance", DowntimeCategory.MACHINE, true, false),
            defaults("SETUP_CHANGEOVER", "Setup / changeover", DowntimeCategory.SCHEDULING, false, true),
            defaults("NO_ORDERS", "No orders", DowntimeCategory.SCHEDULING, true, false),
            defaults("MEETING", "Meeting / training", DowntimeCategory.SCHEDULING, true, false),
            defaults("MATERIAL_SHORTAGE", "Material shortage", DowntimeCategory.MATERIALS, false, false),
            defaults("OPERATOR_UNAVAILABLE", "Operator unavailable", DowntimeCategory.ATTENDANCE, false, false),
            defaults("QUALITY_HOLD", "Quality hold", DowntimeCategory.QUALITY, false, false),
            defaults("POWER_OUTAGE", "Power outage", DowntimeCategory.UTILITIES, false, false),
            defaults("OTHER", "Other", DowntimeCategory.OTHER, false, false));

    private static CreateDowntimeReasonRequest defaults(String code, String name, DowntimeCategory category,
            boolean planned, boolean setup) {
        return new CreateDowntimeReasonRequest(null, code, name, category, planned, setup, true);
    }

    private final DowntimeReasonRepository repository;
    private final CatalogSupport support;
    private final ApplicationEventPublisher events;

    private final ClientWriteLock locks;

    DowntimeReasonService(DowntimeReasonRepository repository, CatalogSupport support, ApplicationEventPublisher events,
            ClientWriteLock locks) {
        this.locks = locks;
        this.repository = repository;
        this.support = support;
        this.events = events;
    }

    /** A new client gets the default catalog in the same transaction as the client itself. */
    @EventListener
    void giveDefaults(ClientCreated event) {
        for (CreateDowntimeReasonRequest d : DEFAULTS) {
            save(event.clientId(), d);
        }
    }

    @Transactional(readOnly = true)
    Page<DowntimeReason> search(Long clientId, String q, Boolean active, Pageable pageable) {
        return repository.search(clientId, CatalogSupport.pattern(q), active, pageable);
    }

    @Transactional(readOnly = true)
    DowntimeReason get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Downtime reason " + id));
    }

    @Transactional
    DowntimeReason create(CreateDowntimeReasonRequest r) {
        support.requireClient(r.clientId());
        if (repository.existsByClientIdAndCodeIgnoreCase(r.clientId(), CatalogSupport.code(r.code()))) {
            throw ApiException.conflict("code", "This client already has a downtime reason " + CatalogSupport.code(r.code()) + ".");
        }
        return save(r.clientId(), r);
    }

    private DowntimeReason save(long clientId, CreateDowntimeReasonRequest r) {
        DowntimeReason reason = new DowntimeReason(clientId, CatalogSupport.code(r.code()), support.now());
        reason.change(r.name().trim(), r.category(), r.planned(), Boolean.TRUE.equals(r.setup()),
                r.active() == null || r.active(), support.now());
        repository.save(reason);
        support.created(ENTITY, reason, DowntimeReasonSnapshot.of(reason));
        return reason;
    }

    @Transactional
    DowntimeReason update(long id, UpdateDowntimeReasonRequest r) {
        DowntimeReason reason = get(id);
        reason.requireVersion(r.version(), "Downtime reason " + reason.code);
        DowntimeReasonSnapshot before = DowntimeReasonSnapshot.of(reason);
        boolean reclassified = reason.planned != r.planned() || reason.setup != r.setup();
        if (reclassified) {
            locks.acquire(reason.getClientId()); // before the reason's row is written (see ClientWriteLock)
        }
        reason.change(r.name().trim(), r.category(), r.planned(), r.setup(), r.active(), support.now());
        repository.flush();
        support.updated(ENTITY, reason, before, DowntimeReasonSnapshot.of(reason));
        if (reclassified) {
            events.publishEvent(new DowntimeReasonReclassified(reason.getClientId(), reason.getId()));
        }
        return reason;
    }
}
