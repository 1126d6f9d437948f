package io.kpiops.holds;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import io.kpiops.imports.ImportType;
import io.kpiops.platform.security.Role;
import io.kpiops.workorders.WorkOrderLookup;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Holds from CSV/XLSX: a row places a hold on a work order (named by number, optionally one of its jobs by sequence)
 * for a reason of the client's catalog (code or name); with a resume date it is imported as RESUMED with its hours.
 * The rows are checked by {@link HoldRules} as POST /api/holds is.
 */
@Component
class HoldImport implements ImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("work_order_number", "WO-2026-0001", "Number of one of the client's open work orders.",
                    "work_order_id", "work_order", "wo", "order_number", "orden", "orden de trabajo", "número de orden",
                    "numero de orden"),
            optional("job_sequence", "10", "Sequence of one of the order's jobs, when only that job is held.", "job_id",
                    "job", "sequence", "secuencia", "trabajo"),
            required("hold_reason", "QUALITY_ISSUE", "Code or name of one of the client's active hold reasons; the "
                    + "reference's short codes (MATERIAL, QUALITY, ENGINEERING, CUSTOMER, MISSING_SPEC, EQUIPMENT, CAPACITY) "
                    + "are read as the default reasons they stand for.", "hold_reason_code", "reason", "hold_category",
                    "hold_reason_category", "motivo", "motivo de retención", "razón", "razon"),
            optional("description", "Seam defects on lot 4", "What is held and why, up to 1000 characters; required "
                    + "when the reason is OTHER.", "hold_reason_description", "hold_description", "detail", "descripción",
                    "descripcion", "detalle"),
            required("hold_date", "2026-03-02 14:05", "When the hold started: a date (00:00 at the plant), a date and "
                    + "time HH:MM at the plant, or an ISO instant with Z or an offset. Not in the future.", "held_at",
                    "hold_at", "hold_start", "fecha de retención", "fecha de retencion", "inicio de retención"),
            optional("resume_date", "2026-03-03 09:30", "When the hold ended, in the same forms; after the hold date. "
                    + "Given: the hold is imported as RESUMED with its hours; empty: it is still open.", "resumed_at",
                    "resume_at", "resumed_date", "release_date", "fecha de reanudación", "fecha de reanudacion",
                    "fecha de liberación"),
            optional("resume_note", "", "Up to 1000 characters; only with a resume date.", "resolution_notes",
                    "nota de reanudación"),
            optional("expected_resolution_date", "2026-03-05", "Day the hold should be resolved; not before the hold "
                    + "date.", "expected_resolution", "expected_date", "fecha esperada", "fecha esperada de resolución"));

    private final HoldService service;
    private final WorkOrderLookup workOrders;
    private final CatalogLookup catalog;
    private final Clock clock;

    HoldImport(HoldService service, WorkOrderLookup workOrders, CatalogLookup catalog, Clock clock) {
        this.service = service;
        this.workOrders = workOrders;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "holds";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.LEADER, Role.POWERUSER, Role.ADMIN);
    }

    @Override
    public ImportSession open(long clientId, ImportContext context) {
        var orders = workOrders.ordersByNumber(clientId);
        var reasons = catalog.catalogOf(clientId).holdReasons();
        var rules = service.context(clientId, reasons, orders.values().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.id(), o -> o)), clock.instant());
        return new HoldImportSession(clientId, context, orders, rules, service);
    }
}
