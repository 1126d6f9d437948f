package io.kpiops.downtime;

import static io.kpiops.imports.ImportColumn.optional;
import static io.kpiops.imports.ImportColumn.required;

import io.kpiops.downtime.DowntimeRules.Context;
import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportSession;
import io.kpiops.imports.ImportType;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.RequestValidator;
import io.kpiops.workorders.WorkOrderLookup.OrderRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Downtime entries from CSV/XLSX, one event per row, with the rules of POST /api/downtime (an event running past the
 * end of its shift becomes one record per shift). References are human codes: shift name, line code, work-order
 * number, reason code.
 */
@Component
class DowntimeImport implements ImportType {

    static final List<ImportColumn> COLUMNS = List.of(
            required("shift_date", "2026-03-02", "Production day the shift started on (ISO or the client's date order).",
                    "production_date", "downtime_date", "date", "fecha", "fecha de producción"),
            required("shift", "Night", "Name of one of the client's shifts.", "shift_name", "turno"),
            optional("line_code", "L1", "Code of one of the client's lines; needed unless a work order is given "
                    + "(default: the order's usual line).", "line", "línea", "código de línea"),
            optional("work_order", "WO-2026-0001", "Number of one of the client's work orders.", "work_order_number",
                    "work_order_id", "wo", "order_number", "orden", "orden de trabajo"),
            required("reason_code", "BREAKDOWN", "Code (or name) of one of the client's downtime reasons.",
                    "downtime_reason", "downtime_category", "reason", "reason_name", "motivo", "causa",
                    "motivo de paro"),
            optional("start_time", "05:30", "When it started, HH:MM plant time, inside the shift.", "downtime_start_time",
                    "start", "inicio", "hora de inicio"),
            optional("end_time", "06:45", "When it ended, HH:MM (before the start: the next day). Past the end of the "
                    + "shift: split at the boundary into one record per shift.", "downtime_end_time", "end", "fin",
                    "hora de fin"),
            optional("duration_minutes", "75", "Minutes, 1 to 1440; without clock times it must fit the shift.",
                    "downtime_duration_minutes", "minutes", "duration", "minutos", "duración"),
            optional("duration_hours", "", "Hours instead of minutes (rounded to the minute), e.g. 1.25.", "hours",
                    "downtime_hours", "horas", "duración en horas"),
            optional("machine", "Press 4", "Machine, up to 100 characters.", "machine_id", "máquina"),
            optional("equipment_code", "EQ-114", "Equipment code, up to 50 characters.", "equipment", "equipo",
                    "código de equipo"),
            optional("corrective_action", "Replaced the belt", "Up to 1000 characters.", "acción correctiva"),
            optional("notes", "", "Up to 1000 characters.", "notas", "comentarios"));

    private final DowntimeSupport support;
    private final RequestValidator validator;
    private final DowntimeBulkWriter writer;

    DowntimeImport(DowntimeSupport support, RequestValidator validator, DowntimeBulkWriter writer) {
        this.support = support;
        this.validator = validator;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "downtime";
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
        Context rules = new Context(clientId, support.catalog().catalogOf(clientId), byId, support.window().bounds(clientId));
        return new DowntimeImportSession(context, rules, byNumber, validator, writer, support.now());
    }
}
