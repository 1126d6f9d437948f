package io.kpiops.quality;

import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.DefectTypeRef;
import io.kpiops.catalog.CatalogLookup.ProductRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportResult;
import io.kpiops.imports.ImportRow;
import io.kpiops.imports.ImportSession;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.quality.QualityRequests.DefectDetailBody;
import io.kpiops.quality.QualityRequests.QualityRequest;
import io.kpiops.quality.QualityRules.Context;
import io.kpiops.quality.QualityRules.Resolved;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One pass over a quality file. A row is checked with the request validation and {@link QualityRules} of
 * POST /api/quality, after its codes are looked up in the catalogue loaded once when the session opened; the
 * resolved rows are kept by row number for the commit of the same pass.
 */
final class QualityImportSession implements ImportSession {

    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");
    /** Stands for a code the catalogue does not have: its column is already in error, so the rules skip it. */
    private static final long UNKNOWN = -1;

    private final ImportContext context;
    private final Context rules;
    private final Map<String, OrderRef> orders;
    private final Map<String, ShiftRef> shifts;
    private final Map<String, ProductRef> products;
    private final Map<String, DefectTypeRef> defectTypes;
    private final RequestValidator validator;
    private final QualityBulkWriter writer;
    private final Instant now;
    private final Map<Integer, QualityFields> parsed = new HashMap<>();

    QualityImportSession(ImportContext context, Context rules, Map<String, OrderRef> orders, RequestValidator validator,
            QualityBulkWriter writer, Instant now) {
        this.context = context;
        this.rules = rules;
        this.orders = orders;
        ClientCatalog catalog = rules.catalog();
        this.shifts = ClientCatalog.byKey(catalog.shifts(), ShiftRef::name);
        this.products = ClientCatalog.byKey(catalog.products(), ProductRef::code);
        this.defectTypes = ClientCatalog.byKey(catalog.defectTypes(), DefectTypeRef::code);
        this.validator = validator;
        this.writer = writer;
        this.now = now;
    }

    @Override
    public List<FieldError> validate(int rowNumber, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        ShiftRef shift = reference("shift", v.get("shift"), shifts, "shift", errors);
        OrderRef order = reference("work_order", v.get("work_order"), orders, "work order", errors);
        ProductRef product = reference("product_code", v.get("product_code"), products, "product", errors);
        QualityRequest request = new QualityRequest(context.clientId(), context.date("shift_date", v.get("shift_date"), errors),
                id(shift, ShiftRef::id, v.get("shift")), id(order, OrderRef::id, v.get("work_order")), null,
                id(product, ProductRef::id, v.get("product_code")), v.get("inspection_stage"),
                context.integer("units_inspected", v.get("units_inspected"), errors),
                context.integer("units_passed_first_time", v.get("units_passed_first_time"), errors),
                context.integer("units_defective", v.get("units_defective"), errors),
                context.integer("total_defects", v.get("total_defects"), errors),
                context.integer("units_reworked", v.get("units_reworked"), errors),
                context.integer("units_repaired", v.get("units_repaired"), errors),
                context.integer("units_scrapped", v.get("units_scrapped"), errors),
                v.get("inspector"), v.get("notes"), defects(v.get("defects"), errors), null, null);
        addUnlessReported(errors, validator.errors(request).stream().map(QualityImportSession::column).toList());
        Resolved resolved = QualityRules.resolve("", request.fields(), rules, null);
        addUnlessReported(errors, resolved.errors().stream().map(QualityImportSession::column).toList());
        if (errors.isEmpty()) {
            parsed.put(rowNumber, resolved.fields());
        }
        return errors;
    }

    @Override
    public ImportResult commit(List<ImportRow> rows) {
        List<QualityFields> fields = rows.stream().map(r -> parsed.get(r.rowNumber())).toList();
        Map<Long, String> numbers = new HashMap<>();
        orders.values().forEach(o -> numbers.put(o.id(), o.number()));
        writer.write(context.clientId(), fields, EntryMethod.CSV_UPLOAD, numbers,
                QualitySupport.codes(rules.catalog().defectTypes()), now);
        return new ImportResult(fields.size(), 0);
    }

    /** "STITCH:3; COLOR:2" as defect lines of the client's types (a code alone counts one). */
    private List<DefectDetailBody> defects(String value, List<FieldError> errors) {
        List<DefectDetailBody> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split("[;,\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] codeAndCount = part.trim().split("\\s*[:=]\\s*", 2);
            String code = codeAndCount[0].trim();
            if (codeAndCount.length == 2 && !COUNT.matcher(codeAndCount[1]).matches()) {
                errors.add(new FieldError("defects", "'" + part.trim() + "' is not CODE:COUNT (a whole number)"));
                continue;
            }
            DefectTypeRef type = defectTypes.get(code.toUpperCase(Locale.ROOT));
            if (type == null) {
                errors.add(new FieldError("defects", "no defect type '" + code + "' in this client's catalogue"));
            }
            // an unknown type is kept (as UNKNOWN) so that its count still adds up against total_defects
            out.add(new DefectDetailBody(type == null ? UNKNOWN : type.id(),
                    codeAndCount.length == 2 ? Integer.parseInt(codeAndCount[1]) : 1, null, null));
        }
        return out;
    }

    /** The record's id; {@link #UNKNOWN} for a code that was given but not found; null for none given. */
    private static <T> Long id(T found, java.util.function.ToLongFunction<T> id, String given) {
        if (found != null) {
            return id.applyAsLong(found);
        }
        return given == null ? null : Long.valueOf(UNKNOWN);
    }

    private static <T> T reference(String column, String code, Map<String, T> byKey, String what, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        T found = byKey.get(code.trim().toUpperCase(Locale.ROOT));
        if (found == null) {
            errors.add(new FieldError(column, "no " + what + " '" + code.trim() + "' in this client"));
        }
        return found;
    }

    /** Adds errors for columns that have none yet (an unreadable value is not also "must not be null"). */
    private static void addUnlessReported(List<FieldError> errors, List<FieldError> more) {
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.field()));
        more.stream().filter(e -> reported.add(e.field())).forEach(errors::add);
    }

    /** The file column an API field error is about. */
    private static FieldError column(FieldError e) {
        String field = e.field();
        if (field.startsWith("defects[")) {
            return new FieldError("defects", e.message());
        }
        return new FieldError(switch (field) {
            case "product_id" -> "product_code";
            case "work_order_id", "job_id" -> "work_order";
            case "shift_id" -> "shift";
            default -> field;
        }, e.message());
    }
}
