package io.kpiops.catalog;

import io.kpiops.catalog.HoldReasonRequests.CreateHoldReasonRequest;
import io.kpiops.catalog.HoldReasonRequests.HoldReasonSnapshot;
import io.kpiops.catalog.HoldReasonRequests.UpdateHoldReasonRequest;
import io.kpiops.clients.ClientCreated;
import io.kpiops.platform.web.ApiException;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class HoldReasonService {

    static final String ENTITY = "hold_reason";

    private final HoldReasonRepository repository;
    private final CatalogSupport support;

    HoldReasonService(HoldReasonRepository repository, CatalogSupport support) {
        this.repository = repository;
        this.support = support;
    }

    /** The catalog every new client starts with (editable afterwards). */
    static final List<String[]> DEFAULTS = List.of(
            new String[] {"MATERIAL_INSPECTION", "Material inspection"}, new String[] {"QUALITY_ISSUE", "Quality issue"},
            new String[] {"ENGINEERING_REVIEW", "Engineering review"}, new String[] {"ENGINEERING_CHANGE", "Engineering change"},
            new String[] {"CUSTOMER_REQUEST", "Customer request"}, new String[] {"MISSING_SPECIFICATION", "Missing specification"},
            new String[] {"MATERIAL_SHORTAGE", "Material shortage"}, new String[] {"EQUIPMENT_UNAVAILABLE", "Equipment unavailable"},
            new String[] {"CAPACITY_CONSTRAINT", "Capacity constraint"}, new String[] {"OTHER", "Other"});

    /** A new client gets the default catalog in the same transaction as the client itself. */
    @EventListener
    void giveDefaults(ClientCreated event) {
        for (String[] d : DEFAULTS) {
            HoldReason reason = new HoldReason(event.clientId(), d[0], support.now());
            reason.change(d[1], true, support.now());
            repository.save(reason);
            support.created(ENTITY, reason, HoldReasonSnapshot.of(reason));
        }
    }

    @Transactional(readOnly = true)
    Page<HoldReason> search(Long clientId, String q, Boolean active, Pageable pageable) {
        return repository.search(clientId, CatalogSupport.pattern(q), active, pageable);
    }

    @Transactional(readOnly = true)
    HoldReason get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Hold reason " + id));
    }

    @Transactional
    HoldReason create(CreateHoldReasonRequest r) {
        support.requireClient(r.clientId());
        String code = CatalogSupport.code(r.code());
        if (repository.existsByClientIdAndCodeIgnoreCase(r.clientId(), code)) {
            throw ApiException.conflict("code", "This client already has a hold reason " + code + ".");
        }
        HoldReason reason = new HoldReason(r.clientId(), code, support.now());
        reason.change(r.name().trim(), r.active() == null || r.active(), support.now());
        repository.save(reason);
        support.created(ENTITY, reason, HoldReasonSnapshot.of(reason));
        return reason;
    }

    @Transactional
    HoldReason update(long id, UpdateHoldReasonRequest r) {
        HoldReason reason = get(id);
        reason.requireVersion(r.version(), "Hold reason " + reason.code);
        HoldReasonSnapshot before = HoldReasonSnapshot.of(reason);
        reason.change(r.name().trim(), r.active(), support.now());
        repository.flush();
        support.updated(ENTITY, reason, before, HoldReasonSnapshot.of(reason));
        return reason;
    }
}
