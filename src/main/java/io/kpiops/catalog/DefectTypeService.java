package io.kpiops.catalog;

import io.kpiops.catalog.DefectTypeRequests.CreateDefectTypeRequest;
import io.kpiops.catalog.DefectTypeRequests.DefectTypeSnapshot;
import io.kpiops.catalog.DefectTypeRequests.TemplateLoadResponse;
import io.kpiops.catalog.DefectTypeRequests.TemplateResponse;
import io.kpiops.catalog.DefectTypeRequests.UpdateDefectTypeRequest;
import io.kpiops.platform.web.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefectTypeService {

    static final String ENTITY = "defect_type";

    private final DefectTypeRepository repository;
    private final DefectTemplates templates;
    private final CatalogSupport support;

    DefectTypeService(DefectTypeRepository repository, DefectTemplates templates, CatalogSupport support) {
        this.repository = repository;
        this.templates = templates;
        this.support = support;
    }

    @Transactional(readOnly = true)
    Page<DefectType> search(Long clientId, String q, Boolean active, Pageable pageable) {
        return repository.search(clientId, CatalogSupport.pattern(q), active, pageable);
    }

    @Transactional(readOnly = true)
    DefectType get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Defect type " + id));
    }

    @Transactional
    DefectType create(CreateDefectTypeRequest r) {
        support.requireClient(r.clientId());
        if (repository.existsByClientIdAndCodeIgnoreCase(r.clientId(), CatalogSupport.code(r.code()))) {
            throw ApiException.conflict("code", "This client already has a defect type " + CatalogSupport.code(r.code()) + ".");
        }
        return save(r);
    }

    @Transactional
    DefectType update(long id, UpdateDefectTypeRequest r) {
        DefectType d = get(id);
        d.requireVersion(r.version(), "Defect type " + d.code);
        DefectTypeSnapshot before = DefectTypeSnapshot.of(d);
        d.change(r.name().trim(), CatalogSupport.trimmed(r.description()), r.category().trim(), r.severity(),
                CatalogSupport.trimmed(r.standardCode()), r.sortOrder(), r.active(), support.now());
        repository.flush();
        support.updated(ENTITY, d, before, DefectTypeSnapshot.of(d));
        return d;
    }

    List<TemplateResponse> templates() {
        return templates.all().entrySet().stream().map(e -> new TemplateResponse(e.getKey(), e.getValue().size())).toList();
    }

    /** Adds the template's defect types the client does not have yet (by code); existing ones stay untouched. */
    @Transactional
    TemplateLoadResponse loadTemplate(String template, long clientId) {
        List<DefectTemplates.Row> rows = templates.get(template)
                .orElseThrow(() -> ApiException.notFound("Defect-type template '" + template + "'"));
        support.requireClient(clientId);
        Set<String> existing = repository.findByClientId(clientId).stream().map(d -> d.code).collect(Collectors.toSet());
        int added = 0;
        for (DefectTemplates.Row row : rows) {
            if (!existing.contains(CatalogSupport.code(row.defect_code()))) {
                save(DefectTemplates.toRequest(clientId, row));
                added++;
            }
        }
        return new TemplateLoadResponse(template.toLowerCase(Locale.ROOT), clientId, added, rows.size() - added);
    }

    private DefectType save(CreateDefectTypeRequest r) {
        DefectType d = new DefectType(r.clientId(), CatalogSupport.code(r.code()), support.now());
        d.change(r.name().trim(), CatalogSupport.trimmed(r.description()), r.category().trim(),
                r.severity() == null ? DefectType.Severity.MAJOR : r.severity(), CatalogSupport.trimmed(r.standardCode()),
                r.sortOrder() == null ? 0 : r.sortOrder(), r.active() == null || r.active(), support.now());
        repository.save(d);
        support.created(ENTITY, d, DefectTypeSnapshot.of(d));
        return d;
    }
}
