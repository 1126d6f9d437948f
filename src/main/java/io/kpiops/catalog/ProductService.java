package io.kpiops.catalog;

import io.kpiops.catalog.ProductRequests.CreateProductRequest;
import io.kpiops.catalog.ProductRequests.ProductSnapshot;
import io.kpiops.catalog.ProductRequests.UpdateProductRequest;
import io.kpiops.platform.web.ApiException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProductService {

    static final String ENTITY = "product";

    private final ProductRepository repository;
    private final ProductRules rules;
    private final CatalogSupport support;

    ProductService(ProductRepository repository, ProductRules rules, CatalogSupport support) {
        this.repository = repository;
        this.rules = rules;
        this.support = support;
    }

    @Transactional(readOnly = true)
    Page<Product> search(Long clientId, String q, Boolean active, Pageable pageable) {
        return repository.search(clientId, CatalogSupport.pattern(q), active, pageable);
    }

    @Transactional(readOnly = true)
    Product get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Product " + id));
    }

    @Transactional
    Product create(CreateProductRequest r) {
        support.requireClient(r.clientId());
        rules.require(r);
        String code = CatalogSupport.code(r.code());
        if (repository.existsByClientIdAndCodeIgnoreCase(r.clientId(), code)) {
            throw ApiException.conflict("code", ProductRules.duplicate(code));
        }
        Product p = new Product(r.clientId(), code, support.now());
        p.change(r.name().trim(), CatalogSupport.trimmed(r.description()), r.idealCycleTimeHours(),
                ProductRules.unit(r.unitOfMeasure()), r.defectOpportunities(), r.active() == null || r.active(), support.now());
        repository.save(p);
        support.created(ENTITY, p, ProductSnapshot.of(p));
        return p;
    }

    @Transactional
    Product update(long id, UpdateProductRequest r) {
        Product p = get(id);
        p.requireVersion(r.version(), "Product " + p.code);
        ProductRules.requireCycleTime(r.idealCycleTimeHours());
        ProductSnapshot before = ProductSnapshot.of(p);
        p.change(r.name().trim(), CatalogSupport.trimmed(r.description()), r.idealCycleTimeHours(),
                ProductRules.unit(r.unitOfMeasure()), r.defectOpportunities(), r.active(), support.now());
        repository.flush();
        support.updated(ENTITY, p, before, ProductSnapshot.of(p));
        return p;
    }
}
