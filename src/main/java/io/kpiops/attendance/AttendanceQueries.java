package io.kpiops.attendance;

import io.kpiops.attendance.AttendanceViews.AttendanceResponse;
import io.kpiops.attendance.AttendanceViews.RosterFloater;
import io.kpiops.attendance.AttendanceViews.RosterResponse;
import io.kpiops.attendance.AttendanceViews.RosterRow;
import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.ClientCatalog;
import io.kpiops.catalog.CatalogLookup.EmployeeRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.EntryWindow;
import io.kpiops.platform.web.ApiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of attendance: the filtered list and the roster of one shift and day. */
@Service
class AttendanceQueries {

    private final AttendanceRepository entries;
    private final AttendanceResponses responses;
    private final CatalogLookup catalog;
    private final EntryWindow window;

    AttendanceQueries(AttendanceRepository entries, AttendanceResponses responses, CatalogLookup catalog,
            EntryWindow window) {
        this.entries = entries;
        this.responses = responses;
        this.catalog = catalog;
        this.window = window;
    }

    @Transactional(readOnly = true)
    Page<AttendanceResponse> search(Specification<AttendanceEntry> where, Pageable pageable) {
        Page<AttendanceEntry> page = entries.findAll(where, pageable);
        return new PageImpl<>(responses.of(page.getContent()), pageable, page.getTotalElements());
    }

    /**
     * The roster of a shift on a day: one row per active, non-floating employee whose usual shift it is, plus anyone
     * with a record there, each with the record if it exists; and the client's floating-pool employees as cover, with
     * the absence each already covers in this shift. 422 on shift_id for a shift that is not the client's.
     */
    @Transactional(readOnly = true)
    RosterResponse roster(long clientId, LocalDate day, long shiftId) {
        ShiftRef shift = catalog.shift(shiftId).filter(s -> s.clientId() == clientId)
                .orElseThrow(() -> ApiException.invalid("shift_id", "no shift " + shiftId + " for client " + clientId));
        ClientCatalog plant = catalog.catalogOf(clientId);
        List<AttendanceEntry> records = entries.findByClientIdAndShiftDateAndShiftId(clientId, day, shiftId);
        Map<Long, AttendanceResponse> byEmployee = new HashMap<>();
        Map<Long, AttendanceResponse> byFloater = new HashMap<>();
        for (AttendanceEntry e : records) {
            AttendanceResponse r = AttendanceResponses.of(e, plant.employees(), plant.shifts());
            byEmployee.put(e.employeeId, r);
            if (e.coveredByEmployeeId != null) {
                byFloater.put(e.coveredByEmployeeId, r);
            }
        }
        List<RosterRow> rows = new ArrayList<>();
        List<RosterFloater> floaters = new ArrayList<>();
        for (EmployeeRef e : plant.employees().values().stream().sorted(Comparator.comparing(EmployeeRef::code)).toList()) {
            boolean usual = e.active() && !e.floatingPool() && Long.valueOf(shiftId).equals(e.shiftId());
            if (usual || byEmployee.containsKey(e.id())) {
                rows.add(new RosterRow(e.id(), e.code(), e.name(), e.lineId(), usual, e.floatingPool(), e.active(),
                        byEmployee.get(e.id())));
            }
            AttendanceResponse covering = byFloater.get(e.id());
            if (e.floatingPool() && (e.active() || covering != null)) {
                floaters.add(new RosterFloater(e.id(), e.code(), e.name(), e.shiftId(), covering == null,
                        covering == null ? null : covering.employeeId(), covering == null ? null : covering.id()));
            }
        }
        int absent = (int) records.stream().filter(r -> r.absent).count();
        int covered = (int) records.stream().filter(r -> r.coveredByEmployeeId != null).count();
        BigDecimal scheduled = BigDecimal.valueOf(shift.scheduledMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_EVEN);
        boolean editable = window.bounds(clientId).check("shift_date", day).isEmpty();
        return new RosterResponse(clientId, day, shiftId, shift.name(), scheduled, editable, records.size(), absent,
                covered, rows, floaters);
    }
}
