package io.kpiops.workorders;

import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportResult;
import io.kpiops.imports.ImportRow;
import io.kpiops.imports.ImportSession;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.workorders.WorkOrderBulkWriter.NewJob;
import io.kpiops.workorders.WorkOrderRequests.CreateWorkOrderRequest;
import io.kpiops.workorders.WorkOrderRequests.JobBody;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One pass over a work-order file. A row is checked with the request validation and {@link WorkOrderRules} of
 * POST /api/work-orders; the first row of a number is the order, later rows with the same number add a job and may
 * only repeat the order's values. Parsed rows are kept by row number for the commit of the same pass.
 */
final class WorkOrderImportSession implements ImportSession {

    private static final List<String> ORDER_COLUMNS = WorkOrderImport.COLUMNS.stream().map(c -> c.name())
            .filter(n -> !n.startsWith("job_") && !n.equals("number")).toList();
    private static final Map<String, Priority> PRIORITIES = Map.of("URGENT", Priority.URGENT, "URGENTE", Priority.URGENT,
            "RUSH", Priority.URGENT, "HIGH", Priority.HIGH, "ALTA", Priority.HIGH, "NORMAL", Priority.NORMAL,
            "STANDARD", Priority.NORMAL, "MEDIUM", Priority.NORMAL, "LOW", Priority.LOW, "BAJA", Priority.LOW);

    /** The first row of an order in this file. */
    private record Head(int rowNumber, boolean valid, Map<String, String> values, Set<Integer> sequences) {}

    /** A valid row, parsed: an order (first row) or a job for an order of an earlier row. */
    private record Parsed(String number, WorkOrderFields order, JobFields job) {}

    private final long clientId;
    private final ImportContext context;
    private final Map<String, ProductRef> products;
    private final Map<String, LineRef> lines;
    private final Set<String> existing;
    private final LocalDate today;
    private final RequestValidator validator;
    private final WorkOrderBulkWriter writer;
    private final WorkOrderSupport support;
    private final Map<String, Head> heads = new HashMap<>();
    private final Map<Integer, Parsed> parsed = new HashMap<>();
    private final List<String> newNumbers = new ArrayList<>();
    private final List<Parsed> pendingJobs = new ArrayList<>();

    WorkOrderImportSession(long clientId, ImportContext context, Map<String, ProductRef> products, Map<String, LineRef> lines,
            Set<String> existing, LocalDate today, RequestValidator validator, WorkOrderBulkWriter writer,
            WorkOrderSupport support) {
        this.clientId = clientId;
        this.context = context;
        this.products = products;
        this.lines = lines;
        this.existing = new HashSet<>(existing);
        this.today = today;
        this.validator = validator;
        this.writer = writer;
        this.support = support;
    }

    @Override
    public List<FieldError> validate(int rowNumber, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        String number = upper(v.get("number"));
        Head head = number == null ? null : heads.get(number);
        return head == null ? order(rowNumber, number, v, errors) : extraJob(rowNumber, number, head, v, errors);
    }

    private List<FieldError> order(int rowNumber, String number, Map<String, String> v, List<FieldError> errors) {
        ProductRef product = reference("product_code", v.get("product_code"), products, "product", errors);
        Set<Integer> sequences = new HashSet<>();
        JobBody job = job(v, 10, null, errors);
        CreateWorkOrderRequest request = new CreateWorkOrderRequest(clientId, v.get("number"),
                product == null ? null : product.id(), priority(v.get("priority"), errors),
                context.integer("planned_quantity", v.get("planned_quantity"), errors),
                context.integer("delivered_quantity", v.get("delivered_quantity"), errors),
                context.date("planned_start_date", v.get("planned_start_date"), errors),
                context.date("planned_ship_date", v.get("planned_ship_date"), errors),
                context.date("required_date", v.get("required_date"), errors),
                context.date("actual_start_date", v.get("actual_start_date"), errors),
                context.date("actual_delivery_date", v.get("actual_delivery_date"), errors),
                context.decimal("ideal_cycle_time_hours", v.get("ideal_cycle_time_hours"), errors),
                v.get("customer_po_number"), v.get("notes"), job == null ? List.of() : List.of(job));
        if (number != null && existing.contains(number)) {
            errors.add(new FieldError("number", "work order " + number + " already exists in this client"));
        }
        addUnlessReported(errors, validator.errors(request).stream().map(WorkOrderImportSession::column).toList());
        if (errors.isEmpty()) {
            WorkOrderFields f = trimmed(request.fields(), number);
            WorkOrderRules.check(clientId, f, product, true, today).forEach(e -> errors.add(column(e)));
            JobFields jobFields = job == null ? null : job.fields();
            if (jobFields != null) {
                WorkOrderRules.checkJob("", clientId, jobFields, lines(v)).forEach(e -> errors.add(column(e)));
                sequences.add(jobFields.sequence());
            }
            if (errors.isEmpty()) {
                parsed.put(rowNumber, new Parsed(number, f, jobFields));
            }
        }
        if (number != null) {
            heads.put(number, new Head(rowNumber, errors.isEmpty(), v, sequences));
        }
        return errors;
    }

    private List<FieldError> extraJob(int rowNumber, String number, Head head, Map<String, String> v, List<FieldError> errors) {
        if (!head.valid()) {
            errors.add(new FieldError("number", "the order's first row (row " + head.rowNumber() + ") has errors"));
        }
        for (String c : ORDER_COLUMNS) {
            if (v.containsKey(c) && !v.get(c).equalsIgnoreCase(Objects.toString(head.values().get(c), ""))) {
                errors.add(new FieldError(c, "differs from row " + head.rowNumber() + ", the first row of order " + number));
            }
        }
        if (v.get("job_operation_name") == null) {
            errors.add(new FieldError("job_operation_name", "is required on a row that repeats order " + number
                    + " (such a row adds a job)"));
            return errors;
        }
        int next = head.sequences().stream().mapToInt(Integer::intValue).max().orElse(0) + 10;
        JobBody job = job(v, Math.min(next, 999), head.values().get("planned_quantity"), errors);
        addUnlessReported(errors, validator.errors(job).stream().map(e -> jobColumn(e.field(), e.message())).toList());
        if (errors.isEmpty()) {
            JobFields f = job.fields();
            WorkOrderRules.checkJob("", clientId, f, lines(v)).forEach(e -> errors.add(column(e)));
            if (!head.sequences().add(f.sequence())) {
                errors.add(new FieldError("job_sequence", "order " + number + " already has a job " + f.sequence()
                        + " in this file"));
            }
            if (errors.isEmpty()) {
                parsed.put(rowNumber, new Parsed(number, null, f));
            }
        }
        return errors;
    }

    @Override
    public ImportResult commit(List<ImportRow> rows) {
        List<WorkOrderFields> orders = new ArrayList<>();
        for (ImportRow row : rows) {
            Parsed p = parsed.get(row.rowNumber());
            if (p.order() != null) {
                orders.add(p.order());
                newNumbers.add(p.number());
            }
            if (p.job() != null) {
                pendingJobs.add(p);
            }
        }
        writer.insertOrders(clientId, orders, support.now());
        return new ImportResult(orders.size(), 0);
    }

    /** Jobs and history entries need the new orders' ids: read once, after the last chunk. */
    @Override
    public void finish() {
        if (newNumbers.isEmpty()) {
            return;
        }
        Map<String, Long> ids = writer.ids(clientId);
        writer.insertJobs(clientId, pendingJobs.stream().map(p -> new NewJob(ids.get(p.number()), p.job())).toList(),
                support.now());
        writer.logCreation(clientId, newNumbers.stream().map(ids::get).toList(), support.actor(), support.now());
    }

    /** A job from the row's job columns, or null when the row has none (no operation name). */
    private JobBody job(Map<String, String> v, int defaultSequence, String defaultQuantity, List<FieldError> errors) {
        if (v.get("job_operation_name") == null) {
            for (String c : List.of("job_sequence", "job_operation_code", "job_line_code", "job_planned_quantity")) {
                if (v.containsKey(c)) {
                    errors.add(new FieldError("job_operation_name", "is required when the row has job columns"));
                    return null;
                }
            }
            return null;
        }
        Integer sequence = context.integer("job_sequence", v.get("job_sequence"), errors);
        LineRef line = reference("job_line_code", v.get("job_line_code"), lines, "line", errors);
        String quantity = v.getOrDefault("job_planned_quantity", defaultQuantity != null ? defaultQuantity
                : v.get("planned_quantity"));
        return new JobBody(sequence == null ? defaultSequence : sequence, v.get("job_operation_code"),
                v.get("job_operation_name"), line == null ? null : line.id(),
                context.integer("job_planned_quantity", quantity, errors), null, null, null, null, null, null);
    }

    private java.util.function.Function<Long, LineRef> lines(Map<String, String> v) {
        LineRef line = v.get("job_line_code") == null ? null : lines.get(upper(v.get("job_line_code")));
        return id -> line;
    }

    private Priority priority(String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        Priority p = PRIORITIES.get(raw.toUpperCase(Locale.ROOT));
        if (p == null) {
            errors.add(new FieldError("priority", "'" + raw + "' is not a priority (URGENT, HIGH, NORMAL or LOW)"));
        }
        return p;
    }

    private static <T> T reference(String column, String code, Map<String, T> byCode, String what, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        T found = byCode.get(upper(code));
        if (found == null) {
            errors.add(new FieldError(column, "no " + what + " '" + code + "' in this client"));
        }
        return found;
    }

    private static WorkOrderFields trimmed(WorkOrderFields f, String number) {
        return new WorkOrderFields(number, f.productId(), f.priority(), f.plannedQuantity(), f.deliveredQuantity(),
                f.plannedStartDate(), f.plannedShipDate(), f.requiredDate(), f.actualStartDate(), f.actualDeliveryDate(),
                f.idealCycleTimeHours(), WorkOrderRules.trimmed(f.customerPoNumber()), WorkOrderRules.trimmed(f.notes()));
    }

    /** Adds rule errors for columns that have no error yet (an unreadable value is not also "must not be null"). */
    private static void addUnlessReported(List<FieldError> errors, List<FieldError> more) {
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.field()));
        more.stream().filter(e -> !reported.contains(e.field())).forEach(errors::add);
    }

    /** The file column an API field error is about. */
    private static FieldError column(FieldError e) {
        String field = e.field();
        if (field.startsWith("jobs[")) {
            return jobColumn(field.substring(field.indexOf('.') + 1), e.message());
        }
        return new FieldError(switch (field) {
            case "product_id" -> "product_code";
            case "line_id" -> "job_line_code";
            case "sequence", "operation_code", "operation_name", "planned_hours", "completed_quantity" -> "job_" + field;
            default -> field;
        }, e.message());
    }

    private static FieldError jobColumn(String field, String message) {
        return new FieldError(field.equals("line_id") ? "job_line_code" : "job_" + field, message);
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
