package io.kpiops.platform.audit;

import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.PageQuery;
import io.kpiops.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail, for administrators. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final Map<String, String> SORTABLE = Map.of("at", "at", "entity", "entity", "username", "username");

    private final AuditRepository repository;
    private final JsonMapper json;

    AuditController(AuditRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    record AuditEntryResponse(long id, Instant at, Long userId, String username, Long clientId, String entity,
            String entityId, String action, JsonNode oldValue, JsonNode newValue) {}

    @GetMapping
    @Operation(summary = "Audit entries, newest first; filter by entity, id, user and period (dates in UTC)")
    @Transactional(readOnly = true)
    PageResponse<AuditEntryResponse> list(@ParameterObject PageQuery page,
            @RequestParam(required = false) String entity,
            @RequestParam(name = "entity_id", required = false) String entityId,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        Specification<AuditEntry> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (entity != null && !entity.isBlank()) {
                p.add(cb.equal(root.get("entity"), entity));
            }
            if (entityId != null && !entityId.isBlank()) {
                p.add(cb.equal(root.get("entityId"), entityId));
            }
            if (username != null && !username.isBlank()) {
                p.add(cb.equal(root.get("username"), username));
            }
            if (from != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("at"), from.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (to != null) {
                p.add(cb.lessThan(root.get("at"), to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        var result = repository.findAll(spec, page.toPageable(SORTABLE, Sort.by(Sort.Direction.DESC, "id")));
        return PageResponse.of(result, e -> new AuditEntryResponse(e.id, e.at, e.userId, e.username, e.clientId,
                e.entity, e.entityId, e.action.name(), parse(e.oldValue), parse(e.newValue)));
    }

    private JsonNode parse(String value) {
        return value == null ? null : json.readTree(value);
    }
}
