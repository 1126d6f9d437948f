package io.kpiops.holds;

import io.kpiops.catalog.CatalogLookup.HoldReasonRef;
import io.kpiops.holds.HoldRules.Context;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportResult;
import io.kpiops.imports.ImportRow;
import io.kpiops.imports.ImportSession;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.FieldError;
import io.kpiops.workorders.WorkOrderLookup.JobRef;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One pass over a holds file: each row is read (order by number, job by sequence, reason by code or name, instants
 * in plant time) and checked with {@link HoldRules} as POST /api/holds is; valid rows are kept by row number for the
 * commit of the same pass, which places them like a batch (orders put on hold, past holds logged).
 */
final class HoldImportSession implements ImportSession {

    /** The reference system's short hold categories and the default reasons they stand for. */
    private static final Map<String, String> LEGACY = Map.of("MATERIAL", "MATERIAL_INSPECTION", "QUALITY", "QUALITY_ISSUE",
            "ENGINEERING", "ENGINEERING_REVIEW", "CUSTOMER", "CUSTOMER_REQUEST", "MISSING_SPEC", "MISSING_SPECIFICATION",
            "EQUIPMENT", "EQUIPMENT_UNAVAILABLE", "CAPACITY", "CAPACITY_CONSTRAINT");
    private static final int MAX_TEXT = 1000;

    private final long clientId;
    private final ImportContext context;
    private final Map<String, OrderRef> orders;
    private final Map<String, HoldReasonRef> reasons = new HashMap<>();
    private final Context rules;
    private final HoldService service;
    private final Map<Integer, HoldFields> parsed = new HashMap<>();

    HoldImportSession(long clientId, ImportContext context, Map<String, OrderRef> orders, Context rules,
            HoldService service) {
        this.clientId = clientId;
        this.context = context;
        this.orders = orders;
        this.rules = rules;
        this.service = service;
        rules.reasons().values().forEach(r -> reasons.putIfAbsent(upper(r.name()), r));
        rules.reasons().values().forEach(r -> reasons.put(upper(r.code()), r));
    }

    @Override
    public List<FieldError> validate(int rowNumber, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        for (String column : List.of("work_order_number", "hold_reason", "hold_date")) {
            if (v.get(column) == null) {
                errors.add(new FieldError(column, "is required"));
            }
        }
        OrderRef order = orders.get(upper(v.get("work_order_number")));
        if (v.get("work_order_number") != null && order == null) {
            errors.add(new FieldError("work_order_number", "no work order '" + v.get("work_order_number") + "' in this client"));
        }
        Long jobId = job(order, v.get("job_sequence"), errors);
        HoldReasonRef reason = reason(v.get("hold_reason"), errors);
        for (String text : List.of("description", "resume_note")) {
            if (v.get(text) != null && v.get(text).length() > MAX_TEXT) {
                errors.add(new FieldError(text, "must be at most " + MAX_TEXT + " characters"));
            }
        }
        HoldFields f = new HoldFields(order == null ? null : order.id(), jobId, reason == null ? null : reason.id(),
                HoldRules.trimmed(v.get("description")),
                context.date("expected_resolution_date", v.get("expected_resolution_date"), errors),
                HoldRules.seconds(ImportInstants.parse("hold_date", v.get("hold_date"), context, errors)),
                HoldRules.seconds(ImportInstants.parse("resume_date", v.get("resume_date"), context, errors)),
                HoldRules.trimmed(v.get("resume_note")));
        for (FieldError e : HoldRules.placing("", f, rules)) {
            FieldError named = new FieldError(column(e.field()), e.message());
            if (errors.stream().noneMatch(x -> x.field().equals(named.field()))) {
                errors.add(named);
            }
        }
        if (errors.isEmpty()) {
            parsed.put(rowNumber, f);
        }
        return errors;
    }

    @Override
    public ImportResult commit(List<ImportRow> rows) {
        List<Hold> created = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            created.add(service.newHold(clientId, EntryMethod.CSV_UPLOAD, parsed.get(row.rowNumber()), rules.zone(),
                    rules.now()));
        }
        service.save(created, rules.reasons().values());
        return new ImportResult(created.size(), 0);
    }

    private Long job(OrderRef order, String sequence, List<FieldError> errors) {
        Integer seq = context.integer("job_sequence", sequence, errors);
        if (seq == null || order == null) {
            return null;
        }
        JobRef job = order.jobs().stream().filter(j -> j.sequence() == seq).findFirst().orElse(null);
        if (job == null) {
            errors.add(new FieldError("job_sequence", "work order " + order.number() + " has no job " + seq));
            return null;
        }
        return job.id();
    }

    private HoldReasonRef reason(String raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        HoldReasonRef found = reasons.get(upper(raw));
        if (found == null && LEGACY.containsKey(upper(raw))) {
            found = reasons.get(LEGACY.get(upper(raw)));
        }
        if (found == null) {
            errors.add(new FieldError("hold_reason", "no hold reason '" + raw + "' in this client"));
        }
        return found;
    }

    /** The file column a rule's field is about. */
    private static String column(String field) {
        return switch (field) {
            case "work_order_id" -> "work_order_number";
            case "job_id" -> "job_sequence";
            case "hold_reason_id" -> "hold_reason";
            case "held_at" -> "hold_date";
            case "resumed_at" -> "resume_date";
            default -> field;
        };
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}
