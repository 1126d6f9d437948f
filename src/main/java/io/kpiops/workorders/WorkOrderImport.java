package io.kpiops.workorders;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import io.kpiops.imports.ImportType;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.RequestValidator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Work orders with their jobs from CSV/XLSX. One row is an order with (optionally) one job; further rows with the
 * same number add jobs to it. Imports only create orders: a number the client already has is refused, since an
 * existing order changes through its lifecycle, not by re-import.
 */
@Component
class WorkOrderImport implements ImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("number", "WO-2026-0001", "Work order number, unique per client, up to 50 characters (letters, digits, "
                    + ". _ / -; stored upper-case). Rows repeating a number add jobs to that order.", "work_order_id",
                    "work_order_number", "work_order", "wo", "wo_number", "order_number", "orden", "orden de trabajo",
                    "número de orden", "numero de orden"),
            required("product_code", "POLO-M", "Code of one of the client's products (the style/model/part).", "product",
                    "style_model", "style", "model", "part_number", "sku", "producto", "modelo", "código de producto"),
            required("planned_quantity", "500", "Units ordered, 1 to 10000000.", "quantity", "qty", "order_quantity",
                    "quantity_ordered", "cantidad", "cantidad planificada"),
            optional("priority", "NORMAL", "URGENT, HIGH, NORMAL (default) or LOW; also urgente/alta/normal/baja and the "
                    + "reference's RUSH/STANDARD/MEDIUM.", "priority_level", "prioridad"),
            optional("planned_start_date", "2026-03-02", "Planned start day (ISO or the client's date order).",
                    "start_date", "inicio planificado", "fecha de inicio"),
            optional("planned_ship_date", "2026-03-20", "Promised ship day: the date on-time delivery is measured against.",
                    "ship_date", "promised_date", "fecha de embarque", "fecha prometida"),
            optional("required_date", "2026-03-25", "Day the customer requires (used when there is no ship date).",
                    "due_date", "customer_date", "fecha requerida", "fecha de entrega requerida"),
            optional("actual_start_date", "", "Day production really started; not in the future.", "fecha de inicio real"),
            optional("actual_delivery_date", "", "Day delivered; not in the future; needs a delivered quantity.",
                    "delivery_date", "fecha de entrega"),
            optional("delivered_quantity", "", "Units delivered (0 to 100000000); needs a delivery date.",
                    "shipped_quantity", "cantidad entregada"),
            optional("ideal_cycle_time_hours", "", "Hours per unit for this order, overriding the product's standard.",
                    "ideal_cycle_time", "cycle_time_hours", "tiempo de ciclo"),
            optional("customer_po_number", "PO-4410", "Customer purchase order, up to 100 characters.", "po_number",
                    "customer_po", "po", "orden de compra"),
            optional("notes", "", "Up to 1000 characters.", "notas", "comentarios"),
            optional("job_sequence", "10", "Position of the job in the order, 1 to 999 (default: after the previous job).",
                    "sequence_number", "sequence", "secuencia"),
            optional("job_operation_code", "SEW", "Operation code of the job, up to 50 characters.", "operation_code",
                    "código de operación"),
            optional("job_operation_name", "Sewing", "Operation name; a row without it adds no job.", "operation_name",
                    "operation", "operación", "operacion"),
            optional("job_line_code", "L1", "Code of the client's line doing the job.", "line_code", "line", "línea", "linea"),
            optional("job_planned_quantity", "500", "Units planned for the job (default: the order's quantity).",
                    "job_quantity", "cantidad del trabajo"));

    private final WorkOrderSupport support;
    private final RequestValidator validator;
    private final WorkOrderBulkWriter writer;

    WorkOrderImport(WorkOrderSupport support, RequestValidator validator, WorkOrderBulkWriter writer) {
        this.support = support;
        this.validator = validator;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "work_orders";
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
        return new WorkOrderImportSession(clientId, context, support.catalog().productsByCode(clientId),
                support.catalog().linesByCode(clientId), writer.numbers(clientId), support.today(clientId), validator,
                writer, support);
    }
}
