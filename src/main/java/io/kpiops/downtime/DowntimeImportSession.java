package io.kpiops.downtime;

import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.DowntimeReasonRef;
import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.downtime.DowntimeRequests.DowntimeRequest;
import io.kpiops.downtime.DowntimeRules.Context;
import io.kpiops.downtime.DowntimeRules.Resolved;
import io.kpiops.downtime.DowntimeService.Event;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportResult;
import io.kpiops.imports.ImportRow;
import io.kpiops.imports.ImportSession;
import io.kpiops.platform.persistence.EntryMethod;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a downtime file. A row is checked with the request validation and {@link DowntimeRules} of
 * POST /api/downtime, after its codes are looked up in the catalogue loaded once when the session opened; the placed
 * events (split where they ran past the end of their shift) are kept by row number for the commit of the same pass.
 */
final class DowntimeImportSession implements ImportSession {

    /** HH:MM[:SS] with an optional AM/PM, possibly after a date (how spreadsheets write a time cell). */
    private static final Pattern TIME = Pattern.compile("(?:\\d{4}-\\d{2}-\\d{2}[ T])?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:\\.\\d+)?\\s*([AaPp][Mm])?");
    /** Stands for a code the catalogue does not have: its column is already in error, so the rules skip it. */
    private static final long UNKNOWN = -1;

    private final ImportContext context;
    private final Context rules;
    private final Map<String, OrderRef> orders;
    private final Map<String, ShiftRef> shifts;
    private final Map<String, LineRef> lines;
    private final Map<String, DowntimeReasonRef> reasons = new HashMap<>();
    private final RequestValidator validator;
    private final DowntimeBulkWriter writer;
    private final Instant now;
    private final Map<Integer, List<DowntimeFields>> parsed = new HashMap<>();

    DowntimeImportSession(ImportContext context, Context rules, Map<String, OrderRef> orders, RequestValidator validator,
            DowntimeBulkWriter writer, Instant now) {
        this.context = context;
        this.rules = rules;
        this.orders = orders;
        ClientCatalog catalog = rules.catalog();
        this.shifts = ClientCatalog.byKey(catalog.shifts(), ShiftRef::name);
        this.lines = ClientCatalog.byKey(catalog.lines(), LineRef::code);
        this.reasons.putAll(ClientCatalog.byKey(catalog.downtimeReasons(), DowntimeReasonRef::name));
        this.reasons.putAll(ClientCatalog.byKey(catalog.downtimeReasons(), DowntimeReasonRef::code)); // codes win
        this.validator = validator;
        this.writer = writer;
        this.now = now;
    }

    @Override
    public List<FieldError> validate(int rowNumber, Map<String, String> v) {
        List<FieldError> errors = new ArrayList<>();
        DowntimeRequest request = new DowntimeRequest(context.clientId(), context.date("shift_date", v.get("shift_date"), errors),
                reference("shift", v.get("shift"), shifts, ShiftRef::id, "shift", errors),
                reference("line_code", v.get("line_code"), lines, LineRef::id, "line", errors),
                reference("work_order", v.get("work_order"), orders, OrderRef::id, "work order", errors),
                reference("reason_code", v.get("reason_code"), reasons, DowntimeReasonRef::id, "downtime reason", errors),
                time("start_time", v.get("start_time"), errors), time("end_time", v.get("end_time"), errors),
                minutes(v, errors), v.get("machine"), v.get("equipment_code"), v.get("notes"), v.get("corrective_action"),
                null, null);
        String durationColumn = v.containsKey("duration_hours") ? "duration_hours" : "duration_minutes";
        addUnlessReported(errors, validator.errors(request).stream().map(e -> column(e, durationColumn)).toList());
        Resolved resolved = DowntimeRules.resolve("", request.fields(), rules, null, true);
        addUnlessReported(errors, resolved.errors().stream().map(e -> column(e, durationColumn)).toList());
        if (errors.isEmpty()) {
            parsed.put(rowNumber, resolved.parts());
        }
        return errors;
    }

    /** Writes the rows' events; {@code created} counts records, so a split row counts one per shift. */
    @Override
    public ImportResult commit(List<ImportRow> rows) {
        List<Event> events = rows.stream().map(r -> new Event(context.clientId(), parsed.get(r.rowNumber()))).toList();
        Map<Long, String> numbers = new HashMap<>();
        orders.values().forEach(o -> numbers.put(o.id(), o.number()));
        int written = writer.write(context.clientId(), events, EntryMethod.CSV_UPLOAD, numbers,
                rules.catalog().downtimeReasons(), now).size();
        return new ImportResult(written, 0);
    }

    /** duration_minutes, or duration_hours rounded to the minute (not both). */
    private Integer minutes(Map<String, String> v, List<FieldError> errors) {
        Integer minutes = context.integer("duration_minutes", v.get("duration_minutes"), errors);
        BigDecimal hours = context.decimal("duration_hours", v.get("duration_hours"), errors);
        if (hours == null) {
            return minutes;
        }
        if (v.containsKey("duration_minutes")) {
            errors.add(new FieldError("duration_hours", "give duration_minutes or duration_hours, not both"));
            return minutes;
        }
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            errors.add(new FieldError("duration_hours", "must be more than 0 and at most 24"));
            return null;
        }
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** A clock time, to the nearest minute. */
    private static LocalTime time(String column, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        Matcher m = TIME.matcher(value.trim());
        int hour = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        int minute = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        if (m.matches() && m.group(4) != null) {
            boolean pm = m.group(4).equalsIgnoreCase("PM");
            hour = hour < 1 || hour > 12 ? -1 : hour % 12 + (pm ? 12 : 0);
        }
        if (hour < 0 || hour > 23 || minute > 59) {
            errors.add(new FieldError(column, "is not a time of day; write it as HH:MM (24-hour clock)"));
            return null;
        }
        int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int total = (hour * 60 + minute + (seconds >= 30 ? 1 : 0)) % DowntimeTimes.DAY;
        return DowntimeTimes.timeOf(total);
    }

    /** The record's id; {@link #UNKNOWN} (and an error) for a code not found; null for none given. */
    private static <T> Long reference(String column, String code, Map<String, T> byKey, ToLongFunction<T> id, String what,
            List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        T found = byKey.get(code.trim().toUpperCase(Locale.ROOT));
        if (found == null) {
            errors.add(new FieldError(column, "no " + what + " '" + code.trim() + "' in this client"));
            return UNKNOWN;
        }
        return id.applyAsLong(found);
    }

    /** Adds errors for columns that have none yet (an unreadable value is not also "must not be null"). */
    private static void addUnlessReported(List<FieldError> errors, List<FieldError> more) {
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.field()));
        more.stream().filter(e -> reported.add(e.field())).forEach(errors::add);
    }

    /** The file column an API field error is about. */
    private static FieldError column(FieldError e, String durationColumn) {
        return new FieldError(switch (e.field()) {
            case "shift_id" -> "shift";
            case "line_id" -> "line_code";
            case "work_order_id" -> "work_order";
            case "reason_id" -> "reason_code";
            case "duration_minutes" -> durationColumn;
            default -> e.field();
        }, e.message());
    }
}
