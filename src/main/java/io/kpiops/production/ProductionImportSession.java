package io.kpiops.production;

import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportResult;
import io.kpiops.imports.ImportRow;
import io.kpiops.imports.ImportSession;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.production.ProductionRequests.ProductionRequest;
import io.kpiops.production.ProductionRules.Context;
import io.kpiops.production.ProductionRules.Resolved;
import io.kpiops.workorders.WorkOrderLookup.JobRef;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass over a production file: codes and names are turned into ids with the client's catalog (loaded once), then
 * the row is checked exactly like POST /api/production. Errors are named after the file's columns.
 */
final class ProductionImportSession implements ImportSession {

    private static final Map<String, String> COLUMN_OF = Map.of("shift_id", "shift", "line_id", "line_code",
            "work_order_id", "work_order", "job_id", "job_sequence", "product_id", "product_code");

    private final long clientId;
    private final ImportContext context;
    private final ProductionService service;
    private final RequestValidator validator;
    private final Context rules;
    private final Map<String, ShiftRef> shifts;
    private final Map<String, LineRef> lines;
    private final Map<String, ProductRef> products;
    private final Map<String, OrderRef> orders;
    private final Map<Integer, ProductionFields> parsed = new HashMap<>();

    ProductionImportSession(long clientId, ImportContext context, ProductionService service, RequestValidator validator) {
        this.clientId = clientId;
        this.context = context;
        this.service = service;
        this.validator = validator;
        this.orders = service.ordersByNumber(clientId);
        Map<Long, OrderRef> byId = new HashMap<>();
        orders.values().forEach(o -> byId.put(o.id(), o));
        Context base = service.context(clientId, List.of());
        this.rules = new Context(clientId, base.catalog(), byId, base.window());
        ClientCatalog catalog = base.catalog();
        this.shifts = ClientCatalog.byKey(catalog.shifts(), ShiftRef::name);
        this.lines = ClientCatalog.byKey(catalog.lines(), LineRef::code);
        this.products = ClientCatalog.byKey(catalog.products(), ProductRef::code);
    }

    @Override
    public List<FieldError> validate(int rowNumber, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        ShiftRef shift = find("shift", v.get("shift"), shifts, "shift", errors);
        LineRef line = find("line_code", v.get("line_code"), lines, "line", errors);
        OrderRef order = find("work_order", v.get("work_order"), orders, "work order", errors);
        ProductRef product = find("product_code", v.get("product_code"), products, "product", errors);
        Long jobId = null;
        Integer sequence = context.integer("job_sequence", v.get("job_sequence"), errors);
        if (sequence != null && order != null) {
            jobId = order.jobs().stream().filter(j -> j.sequence() == sequence).map(JobRef::id).findFirst().orElse(null);
            if (jobId == null) {
                errors.add(new FieldError("job_sequence", "work order " + order.number() + " has no job " + sequence));
            }
        } else if (sequence != null && v.get("work_order") == null) {
            errors.add(new FieldError("job_sequence", "a job needs its work_order"));
        }
        ProductionRequest request = new ProductionRequest(clientId,
                context.date("shift_date", v.get("shift_date"), errors), shift == null ? null : shift.id(),
                line == null ? null : line.id(), order == null ? null : order.id(), jobId,
                product == null ? null : product.id(),
                context.integer("units_produced", v.get("units_produced"), errors),
                context.decimal("run_time_hours", v.get("run_time_hours"), errors),
                context.integer("employees_assigned", v.get("employees_assigned"), errors),
                context.integer("employees_present", v.get("employees_present"), errors),
                context.integer("defect_count", v.get("defect_count"), errors),
                context.integer("rework_count", v.get("rework_count"), errors),
                context.integer("scrap_count", v.get("scrap_count"), errors), v.get("notes"), null, null, null);
        if (!errors.isEmpty()) {
            return errors;
        }
        validator.errors(request).forEach(e -> errors.add(column(e)));
        if (!errors.isEmpty()) {
            return errors;
        }
        Resolved resolved = ProductionRules.resolve("", request.fields(), rules, null);
        resolved.errors().forEach(e -> errors.add(column(e)));
        if (errors.isEmpty()) {
            parsed.put(rowNumber, resolved.fields());
        }
        return errors;
    }

    @Override
    public ImportResult commit(List<ImportRow> rows) {
        List<ProductionBulkWriter.Row> created = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            created.add(new ProductionBulkWriter.Row(clientId, parsed.get(row.rowNumber()), EntryMethod.CSV_UPLOAD, false));
        }
        service.write(created);
        return new ImportResult(created.size(), 0);
    }

    private static <T> T find(String column, String value, Map<String, T> byKey, String what, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        T found = byKey.get(value.trim().toUpperCase(Locale.ROOT));
        if (found == null) {
            errors.add(new FieldError(column, "the client has no " + what + " '" + value + "'"));
        }
        return found;
    }

    /** An API field name turned into the file's column name. */
    private static FieldError column(FieldError e) {
        return new FieldError(COLUMN_OF.getOrDefault(e.field(), e.field()), e.message());
    }
}
