package io.kpiops.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the plant model: products and lines by id or code, always within the caller's
 * scope (the tenant filter applies), so a record of another client is simply absent.
 */
@Service
public class CatalogLookup {

    /** A product as other modules see it; the ideal cycle time is in hours per unit and may be null. */
    public record ProductRef(long id, long clientId, String code, String name, BigDecimal idealCycleTimeHours,
            boolean active) {}

    /** A production line as other modules see it. */
    public record LineRef(long id, long clientId, String code, String name, boolean active) {}

    private final ProductRepository products;
    private final LineRepository lines;

    CatalogLookup(ProductRepository products, LineRepository lines) {
        this.products = products;
        this.lines = lines;
    }

    @Transactional(readOnly = true)
    public Optional<ProductRef> product(long id) {
        return products.findById(id).map(CatalogLookup::ref);
    }

    @Transactional(readOnly = true)
    public Optional<LineRef> line(long id) {
        return lines.findById(id).map(CatalogLookup::ref);
    }

    @Transactional(readOnly = true)
    public List<ProductRef> products(Iterable<Long> ids) {
        return products.findAllById(ids).stream().map(CatalogLookup::ref).toList();
    }

    @Transactional(readOnly = true)
    public List<LineRef> lines(Iterable<Long> ids) {
        return lines.findAllById(ids).stream().map(CatalogLookup::ref).toList();
    }

    /** Every product of a client keyed by upper-case code (for bulk imports). */
    @Transactional(readOnly = true)
    public Map<String, ProductRef> productsByCode(long clientId) {
        Map<String, ProductRef> byCode = new LinkedHashMap<>();
        products.findByClientId(clientId).forEach(p -> byCode.put(p.code.toUpperCase(Locale.ROOT), ref(p)));
        return byCode;
    }

    /** Every line of a client keyed by upper-case code (for bulk imports). */
    @Transactional(readOnly = true)
    public Map<String, LineRef> linesByCode(long clientId) {
        Map<String, LineRef> byCode = new LinkedHashMap<>();
        lines.findByClientId(clientId).forEach(l -> byCode.put(l.code.toUpperCase(Locale.ROOT), ref(l)));
        return byCode;
    }

    private static ProductRef ref(Product p) {
        return new ProductRef(p.getId(), p.getClientId(), p.code, p.name, p.idealCycleTimeHours, p.isActive());
    }

    private static LineRef ref(ProductionLine l) {
        return new LineRef(l.getId(), l.getClientId(), l.code, l.name, l.isActive());
    }
}
