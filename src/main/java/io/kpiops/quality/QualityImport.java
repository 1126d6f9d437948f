package io.kpiops.quality;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.clients.ClientSettingsService;
import io.kpiops.clients.EntryWindow;
import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import io.kpiops.imports.ImportType;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.quality.QualityRules.Context;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Quality entries from CSV/XLSX, one inspection per row, with the rules of POST /api/quality. References are human
 * codes: shift name, work-order number, product code, and defect type codes in the {@code defects} column.
 */
@Component
class QualityImport implements ImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("shift_date", "2026-03-02", "Production day of the inspection (ISO or the client's date order).",
                    "inspection_date", "production_date", "date", "fecha", "fecha de inspección"),
            optional("shift", "Day", "Name of one of the client's shifts.", "shift_name", "turno"),
            optional("work_order", "WO-2026-0001", "Number of one of the client's work orders; needed unless a product "
                    + "is given.", "work_order_number", "work_order_id", "wo", "order_number", "orden",
                    "orden de trabajo"),
            optional("product_code", "POLO-M", "Code of one of the client's products; default: the work order's.",
                    "product", "style_model", "part_number", "sku", "producto", "código de producto"),
            required("inspection_stage", "FINAL", "One of the client's inspection stages (e.g. INCOMING, IN_PROCESS, "
                    + "FINAL; In-Process reads as IN_PROCESS).", "stage", "etapa", "etapa de inspección"),
            required("units_inspected", "200", "Units inspected, 1 to 1000000.", "inspected", "inspeccionadas",
                    "unidades inspeccionadas"),
            optional("units_passed_first_time", "194", "Units that passed without rework or repair; default: inspected "
                    + "minus defective.", "units_passed", "passed", "first_pass", "aprobadas", "unidades aprobadas"),
            required("units_defective", "6", "Units with at least one defect, at most the units inspected.",
                    "defects_found", "defective", "defectuosas", "unidades defectuosas"),
            optional("total_defects", "8", "Defects found (several per unit possible); default: the sum of the defects "
                    + "column, else the defective units.", "total_defects_count", "defect_count", "defectos totales"),
            optional("units_reworked", "3", "Defective units sent back to be reworked; default 0.", "rework_units",
                    "reworked", "reprocesadas"),
            optional("units_repaired", "2", "Defective units repaired in place; default 0.", "units_requiring_repair",
                    "repaired", "reparadas"),
            optional("units_scrapped", "1", "Defective units scrapped; default 0.", "scrap_units", "scrapped",
                    "desechadas", "desperdicio"),
            optional("defects", "STITCH:5; COLOR:3", "Defects by type: the client's defect type codes with their counts, "
                    + "CODE:COUNT separated by ; or , (a code alone counts 1); they must add up to total_defects.",
                    "defect_details", "defect_categories", "defect_types", "defectos", "detalle de defectos"),
            optional("inspector", "M. Ruiz", "Who inspected, up to 100 characters.", "inspector_id", "qc_inspector",
                    "inspector_name", "inspectora"),
            optional("notes", "", "Up to 1000 characters.", "notas", "comentarios"));

    private final QualitySupport support;
    private final CatalogLookup catalog;
    private final EntryWindow window;
    private final ClientSettingsService settings;
    private final RequestValidator validator;
    private final QualityBulkWriter writer;

    QualityImport(QualitySupport support, CatalogLookup catalog, EntryWindow window, ClientSettingsService settings,
            RequestValidator validator, QualityBulkWriter writer) {
        this.support = support;
        this.catalog = catalog;
        this.window = window;
        this.settings = settings;
        this.validator = validator;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "quality";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    /** Everyone who enters shift data; the entry window limits an operator's days as in the API. */
    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.OPERATOR, Role.LEADER, Role.POWERUSER, Role.ADMIN);
    }

    @Override
    public ImportSession open(long clientId, ImportContext context) {
        Map<String, OrderRef> byNumber = support.workOrders().ordersByNumber(clientId);
        Map<Long, OrderRef> byId = new HashMap<>();
        byNumber.values().forEach(o -> byId.put(o.id(), o));
        Context rules = new Context(clientId, catalog.catalogOf(clientId), byId, window.bounds(clientId),
                settings.inspectionStages(clientId));
        return new QualityImportSession(context, rules, byNumber, validator, writer, support.now());
    }
}
