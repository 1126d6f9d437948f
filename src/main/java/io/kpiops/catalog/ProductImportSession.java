package io.kpiops.catalog;

import io.kpiops.catalog.ProductRequests.CreateProductRequest;
import io.kpiops.catalog.ProductRequests.ProductSnapshot;
import io.kpiops.imports.ImportContext;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.web.FieldError;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One pass over a products file (see {@link UpsertSession}), checked by {@link ProductRules} as POST /api/products is. */
final class ProductImportSession extends UpsertSession<CreateProductRequest, ProductSnapshot> {

    static final Table TABLE = new Table(ProductService.ENTITY, "products", List.of("name", "description",
            "ideal_cycle_time_hours", "unit_of_measure", "defect_opportunities", "active"));

    private final ProductRules rules;

    ProductImportSession(long clientId, ImportContext context, Map<String, Existing<ProductSnapshot>> existing, ProductRules rules,
            CatalogBulk bulk) {
        super(clientId, context, TABLE, existing, bulk);
        this.rules = rules;
    }

    @Override
    CreateProductRequest request(String code, Map<String, String> v, ProductSnapshot current, List<FieldError> errors) {
        return new CreateProductRequest(clientId, code, v.get("name"),
                value(v, "description", current, ProductSnapshot::description, Function.identity()),
                value(v, "ideal_cycle_time_hours", current, ProductSnapshot::idealCycleTimeHours,
                        s -> context.decimal("ideal_cycle_time_hours", s, errors)),
                value(v, "unit_of_measure", current, ProductSnapshot::unitOfMeasure, Function.identity()),
                value(v, "defect_opportunities", current, ProductSnapshot::defectOpportunities,
                        s -> context.integer("defect_opportunities", s, errors)),
                value(v, "active", current, ProductSnapshot::active, s -> context.bool("active", s, errors)));
    }

    @Override
    List<FieldError> ruleErrors(CreateProductRequest request) {
        return rules.errors(request);
    }

    @Override
    ProductSnapshot stored(CreateProductRequest r) {
        return new ProductSnapshot(r.code(), r.name().trim(), CatalogSupport.trimmed(r.description()),
                CatalogBulk.canonical(r.idealCycleTimeHours()), ProductRules.unit(r.unitOfMeasure()), r.defectOpportunities(),
                r.active() == null || r.active());
    }

    @Override
    String code(ProductSnapshot record) {
        return record.code();
    }

    @Override
    void bindValues(PreparedStatement ps, int first, ProductSnapshot p) throws SQLException {
        ps.setString(first, p.name());
        ps.setString(first + 1, p.description());
        ps.setBigDecimal(first + 2, p.idealCycleTimeHours());
        ps.setString(first + 3, p.unitOfMeasure());
        JdbcValues.nullableInt(ps, first + 4, p.defectOpportunities());
        ps.setBoolean(first + 5, p.active());
    }
}
