package io.kpiops.catalog;

import io.kpiops.catalog.LineRequests.CreateLineRequest;
import io.kpiops.catalog.LineRequests.LineSnapshot;
import io.kpiops.catalog.LineRequests.UpdateLineRequest;
import io.kpiops.platform.web.ApiException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LineService {

    static final String ENTITY = "line";

    private final LineRepository repository;
    private final CatalogSupport support;

    LineService(LineRepository repository, CatalogSupport support) {
        this.repository = repository;
        this.support = support;
    }

    @Transactional(readOnly = true)
    Page<ProductionLine> search(Long clientId, String q, Boolean active, Pageable pageable) {
        return repository.search(clientId, CatalogSupport.pattern(q), active, pageable);
    }

    @Transactional(readOnly = true)
    ProductionLine get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Line " + id));
    }

    @Transactional
    ProductionLine create(CreateLineRequest r) {
        support.requireClient(r.clientId());
        String code = CatalogSupport.code(r.code());
        if (repository.existsByClientIdAndCodeIgnoreCase(r.clientId(), code)) {
            throw ApiException.conflict("code", "This client already has a line " + code + ".");
        }
        ProductionLine line = new ProductionLine(r.clientId(), code, support.now());
        line.change(r.name().trim(), r.active() == null || r.active(), support.now());
        repository.save(line);
        support.created(ENTITY, line, LineSnapshot.of(line));
        return line;
    }

    @Transactional
    ProductionLine update(long id, UpdateLineRequest r) {
        ProductionLine line = get(id);
        line.requireVersion(r.version(), "Line " + line.code);
        LineSnapshot before = LineSnapshot.of(line);
        line.change(r.name().trim(), r.active(), support.now());
        repository.flush();
        support.updated(ENTITY, line, before, LineSnapshot.of(line));
        return line;
    }
}
