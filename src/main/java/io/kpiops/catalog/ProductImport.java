package io.kpiops.catalog;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.catalog.ProductRequests.ProductSnapshot;
import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import java.util.List;
import org.springframework.stereotype.Component;

/** Products from CSV/XLSX: a row with a code the client has updates that product, any other creates one. */
@Component
class ProductImport extends CatalogImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("code", "SKU-100", "Product code, unique per client, up to 50 characters (stored upper-case). "
                    + "A code the client already has updates that product.", "product_code", "código", "código de producto", "sku"),
            required("name", "Polo shirt", "Product name, up to 100 characters.", "product_name", "nombre",
                    "nombre del producto", "producto"),
            optional("description", "Pique cotton, short sleeves", "Up to 1000 characters.", "descripción"),
            optional("ideal_cycle_time_hours", "0.0025", "Ideal cycle time in hours per unit (0.0025 h = 9 s), more than 0 "
                    + "and at most 24, up to 6 decimals. Empty: inferred by the KPI engine.", "ideal_cycle_time",
                    "cycle_time_hours", "cycle time", "tiempo de ciclo", "tiempo de ciclo ideal", "tiempo de ciclo (h)"),
            optional("unit_of_measure", "units", "Up to 20 characters; default units.", "uom", "unit", "unidad",
                    "unidad de medida"),
            optional("defect_opportunities", "1", "Defect opportunities per unit (DPMO), 1 to 1000000. Empty: the "
                    + "client's default.", "opportunities", "dpmo_opportunities", "oportunidades", "oportunidades de defecto"),
            optional("active", "yes", "yes/no (also true/false, y/n, 1/0, sí/no); default yes.", "is_active", "activo",
                    "activa"));

    private final ProductRules rules;
    private final CatalogBulk bulk;

    ProductImport(ProductRules rules, CatalogBulk bulk) {
        super("products", COLUMNS);
        this.rules = rules;
        this.bulk = bulk;
    }

    @Override
    public ImportSession open(long clientId, ImportContext context) {
        var existing = bulk.byCode("select id, code, name, description, ideal_cycle_time_hours, unit_of_measure,"
                + " defect_opportunities, active from products where client_id = ?", clientId, (rs, n) ->
                new UpsertSession.Existing<>(rs.getLong("id"), new ProductSnapshot(rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), CatalogBulk.canonical(rs.getBigDecimal("ideal_cycle_time_hours")),
                        rs.getString("unit_of_measure"), CatalogBulk.nullableInt(rs, "defect_opportunities"),
                        rs.getBoolean("active"))));
        return new ProductImportSession(clientId, context, existing, rules, bulk);
    }
}
