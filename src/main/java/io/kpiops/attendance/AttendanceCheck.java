package io.kpiops.attendance;

import io.kpiops.attendance.AttendanceConflicts.Found;
import io.kpiops.attendance.AttendanceConflicts.Slot;
import io.kpiops.attendance.AttendanceRequests.AttendanceRequest;
import io.kpiops.attendance.AttendanceRules.Context;
import io.kpiops.attendance.AttendanceRules.Resolved;
import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.ClientService;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a save of attendance rows (new records and changes of existing ones) as a whole before anything is written:
 * each row with {@link AttendanceRules}, then the state the save would leave with {@link AttendanceConflicts}. Every
 * row's problems are reported together: 422 when a rule is broken, else 409 for duplicates, double covers and stale
 * versions. Reads each client's employees and shifts, and the stored records of the shifts concerned, once.
 */
@Component
class AttendanceCheck {

    private static final int MAX_REPORTED_ERRORS = 1000;

    private final AttendanceRepository entries;
    private final CatalogLookup catalog;
    private final EntryWindow window;
    private final ClientService clients;
    private final RequestValidator validator;

    AttendanceCheck(AttendanceRepository entries, CatalogLookup catalog, EntryWindow window, ClientService clients,
            RequestValidator validator) {
        this.entries = entries;
        this.catalog = catalog;
        this.window = window;
        this.clients = clients;
        this.validator = validator;
    }

    /** A checked row: the record it changes (null for a new one) and its resolved fields. */
    record Planned(AttendanceRequest request, AttendanceEntry existing, AttendanceFields fields) {}

    List<Planned> plan(List<AttendanceRequest> rows, String batchPrefix) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> clashes = new ArrayList<>();
        Map<Long, AttendanceEntry> existing = new HashMap<>();
        entries.findAllById(rows.stream().map(AttendanceRequest::id).filter(Objects::nonNull).distinct().toList())
                .forEach(e -> existing.put(e.getId(), e));
        Set<Long> refused = new HashSet<>();
        rows.stream().map(AttendanceRequest::clientId).filter(Objects::nonNull).distinct().forEach(c -> {
            if (!clients.checkAssignable("client_id", List.of(c)).isEmpty()) {
                refused.add(c);
            }
        });
        Map<Long, Context> contexts = new HashMap<>();
        Map<Long, Integer> rowOfId = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AttendanceRequest r = rows.get(i);
            String prefix = batchPrefix.isEmpty() ? "" : batchPrefix + "[" + i + "].";
            Integer sameId = r.id() == null ? null : rowOfId.putIfAbsent(r.id(), i);
            if (sameId != null) {
                errors.add(new FieldError(prefix + "id", "record " + r.id() + " is already changed by " + batchPrefix
                        + "[" + sameId + "]"));
                planned.add(null);
                continue;
            }
            if (!batchPrefix.isEmpty()) {
                validator.errors(r).forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
            }
            AttendanceEntry before = r.id() == null ? null : existing.get(r.id());
            Long clientId = before != null ? before.getClientId() : r.clientId();
            refersToRecord(prefix, r, before, errors, clashes);
            if (clientId == null) {
                if (batchPrefix.isEmpty()) {
                    errors.add(new FieldError("client_id", "must not be null"));
                }
                planned.add(null);
                continue;
            }
            if (refused.contains(clientId)) {
                errors.add(new FieldError(prefix + "client_id", "no client " + clientId + " you may enter data for"));
                planned.add(null);
                continue;
            }
            Context ctx = contexts.computeIfAbsent(clientId, c -> context(c, rows));
            Resolved res = AttendanceRules.resolve(prefix, r.fields(), ctx, before == null ? null : before.fields());
            errors.addAll(res.errors());
            planned.add(new Planned(r, before, res.fields()));
        }
        Long existingId = conflicts(rows, planned, contexts, batchPrefix, errors, clashes);
        if (!errors.isEmpty()) {
            errors.addAll(clashes);
            throw ApiException.invalid(capped(errors));
        }
        if (!clashes.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "The save conflicts with " + clashes.size()
                    + " attendance record(s); see errors.", capped(clashes),
                    existingId == null ? Map.of() : Map.of("existing_id", existingId));
        }
        return planned;
    }

    /** A row with an id must name a record of the caller's clients, with its current version. */
    private static void refersToRecord(String prefix, AttendanceRequest r, AttendanceEntry before,
            List<FieldError> errors, List<FieldError> clashes) {
        if (r.id() == null) {
            return;
        }
        if (before == null) {
            errors.add(new FieldError(prefix + "id", "no attendance record " + r.id()));
            return;
        }
        if (r.version() == null) {
            errors.add(new FieldError(prefix + "version", "must not be null when changing record " + r.id()));
        } else if (r.version() != before.getVersion()) {
            clashes.add(new FieldError(prefix + "version", "record " + r.id() + " was changed by someone else; its "
                    + "current version is " + before.getVersion()));
        }
        if (r.clientId() != null && !r.clientId().equals(before.getClientId())) {
            errors.add(new FieldError(prefix + "client_id", "a record cannot move to another client"));
        }
    }

    /** The client's employees and shifts: those a single row names, else the whole catalog (read once per save). */
    private Context context(long clientId, List<AttendanceRequest> rows) {
        Map<Long, EmployeeRef> employees = new HashMap<>();
        Map<Long, ShiftRef> shifts = new HashMap<>();
        if (rows.size() == 1) {
            AttendanceRequest r = rows.getFirst();
            catalog.employees(Stream.of(r.employeeId(), r.coveredByEmployeeId()).filter(Objects::nonNull).toList())
                    .forEach(e -> employees.put(e.id(), e));
            catalog.shifts(Stream.of(r.shiftId()).filter(Objects::nonNull).toList()).forEach(s -> shifts.put(s.id(), s));
        } else {
            var all = catalog.catalogOf(clientId);
            employees.putAll(all.employees());
            shifts.putAll(all.shifts());
        }
        return new Context(clientId, employees, shifts, window.bounds(clientId));
    }

    /** Checks the resulting state of each client's shifts and days; returns the id of a duplicated stored record. */
    private Long conflicts(List<AttendanceRequest> rows, List<Planned> planned, Map<Long, Context> contexts,
            String batchPrefix, List<FieldError> errors, List<FieldError> clashes) {
        Long existingId = null;
        for (Map.Entry<Long, Context> client : contexts.entrySet()) {
            List<Slot> saved = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) {
                Planned p = planned.get(i);
                if (p != null && client.getKey().equals(clientOf(p)) && keyed(p.fields())) {
                    saved.add(new Slot(batchPrefix.isEmpty() ? "" : batchPrefix + "[" + i + "].", rows.get(i).id(),
                            p.fields()));
                }
            }
            if (saved.isEmpty()) {
                continue;
            }
            Set<Long> changing = new HashSet<>();
            saved.forEach(s -> {
                if (s.id() != null) {
                    changing.add(s.id());
                }
            });
            Set<String> touched = new HashSet<>();
            saved.forEach(s -> touched.add(s.f().shiftDate() + "/" + s.f().shiftId()));
            LocalDate from = saved.stream().map(s -> s.f().shiftDate()).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = saved.stream().map(s -> s.f().shiftDate()).max(Comparator.naturalOrder()).orElseThrow();
            List<Slot> slots = new ArrayList<>(saved);
            entries.findByClientIdAndShiftDateBetweenAndShiftIdIn(client.getKey(), from, to,
                    saved.stream().map(s -> s.f().shiftId()).distinct().toList()).stream()
                    .filter(e -> !changing.contains(e.getId()) && touched.contains(e.shiftDate + "/" + e.shiftId))
                    .forEach(e -> slots.add(new Slot(null, e.getId(), e.fields())));
            Found found = AttendanceConflicts.find(slots, names(client.getValue(), slots), client.getValue().shifts());
            errors.addAll(found.errors());
            clashes.addAll(found.clashes());
            existingId = existingId != null ? existingId : found.existingId();
        }
        return existingId;
    }

    /** The client's employees, plus those of stored records a single row's context does not know (for messages). */
    private Map<Long, EmployeeRef> names(Context ctx, List<Slot> slots) {
        Map<Long, EmployeeRef> names = new HashMap<>(ctx.employees());
        List<Long> missing = slots.stream().flatMap(s -> Stream.of(s.f().employeeId(), s.f().coveredByEmployeeId()))
                .filter(id -> id != null && !names.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            catalog.employees(missing).forEach(e -> names.put(e.id(), e));
        }
        return names;
    }

    private static Long clientOf(Planned p) {
        return p.existing() != null ? p.existing().getClientId() : p.request().clientId();
    }

    private static boolean keyed(AttendanceFields f) {
        return f.employeeId() != null && f.shiftDate() != null && f.shiftId() != null;
    }

    private static List<FieldError> capped(List<FieldError> errors) {
        return errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
    }
}
