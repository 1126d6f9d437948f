package io.kpiops.catalog;

import io.kpiops.platform.tenancy.TenantScopes;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the plant model: every catalog record by id, or a client's whole catalog at once, always within the caller's
 * scope (the tenant filter applies), so a record of another client is simply absent.
 */
@Service
public class CatalogLookup {

    /** A product as other modules see it; the ideal cycle time is in hours per unit and may be null. */
    public record ProductRef(long id, long clientId, String code, String name, BigDecimal idealCycleTimeHours,
            boolean active) {}

    /** A production line as other modules see it. */
    public record LineRef(long id, long clientId, String code, String name, boolean active) {}

    /**
     * A shift as other modules see it: clock times as minutes of the day (an end at or before the start crosses
     * midnight), its length and its scheduled (working) minutes, i.e. the length less the breaks.
     */
    public record ShiftRef(long id, long clientId, String name, int startMinute, int endMinute, int durationMinutes,
            int scheduledMinutes, boolean active) {

        public boolean crossesMidnight() {
            return endMinute <= startMinute;
        }
    }

    /** An employee as other modules see it; shiftId is the usual shift (the attendance roster), may be null. */
    public record EmployeeRef(long id, long clientId, String code, String name, Long lineId, Long shiftId,
            boolean floatingPool, boolean active) {}

    /** A downtime reason: planned or not, and whether it is a setup/changeover (KPI.md §7 time model). */
    public record DowntimeReasonRef(long id, long clientId, String code, String name, String category, boolean planned,
            boolean setup, boolean active) {}

    /** A hold reason of a client's catalog. */
    public record HoldReasonRef(long id, long clientId, String code, String name, boolean active) {}

    /** A defect type of a client's catalog. */
    public record DefectTypeRef(long id, long clientId, String code, String name, String category, String severity,
            boolean active) {}

    private final ProductRepository products;
    private final LineRepository lines;
    private final ShiftRepository shifts;
    private final EmployeeRepository employees;
    private final DowntimeReasonRepository downtimeReasons;
    private final HoldReasonRepository holdReasons;
    private final DefectTypeRepository defectTypes;
    private final CatalogRows rows;

    CatalogLookup(ProductRepository products, LineRepository lines, ShiftRepository shifts, EmployeeRepository employees,
            DowntimeReasonRepository downtimeReasons, HoldReasonRepository holdReasons, DefectTypeRepository defectTypes,
            CatalogRows rows) {
        this.rows = rows;
        this.products = products;
        this.lines = lines;
        this.shifts = shifts;
        this.employees = employees;
        this.downtimeReasons = downtimeReasons;
        this.holdReasons = holdReasons;
        this.defectTypes = defectTypes;
    }

    @Transactional(readOnly = true)
    public Optional<ShiftRef> shift(long id) {
        return shifts.findById(id).map(CatalogLookup::ref);
    }

    /** Every shift of a client, active or not (within the caller's scope). */
    @Transactional(readOnly = true)
    public List<ShiftRef> shiftsOf(long clientId) {
        return shifts.findByClientId(clientId).stream().map(CatalogLookup::ref).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EmployeeRef> employee(long id) {
        return employees.findById(id).map(CatalogLookup::ref);
    }

    @Transactional(readOnly = true)
    public Optional<DowntimeReasonRef> downtimeReason(long id) {
        return downtimeReasons.findById(id).map(CatalogLookup::ref);
    }

    @Transactional(readOnly = true)
    public Optional<HoldReasonRef> holdReason(long id) {
        return holdReasons.findById(id).map(CatalogLookup::ref);
    }

    @Transactional(readOnly = true)
    public Optional<DefectTypeRef> defectType(long id) {
        return defectTypes.findById(id).map(CatalogLookup::ref);
    }

    /** Downtime reasons by id, in one query (for a page of entries); absent ids are unknown or out of scope. */
    @Transactional(readOnly = true)
    public Map<Long, DowntimeReasonRef> downtimeReasons(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : index(downtimeReasons.findAllById(ids).stream().map(CatalogLookup::ref).toList(), DowntimeReasonRef::id);
    }

    /** Every downtime reason of a client, or of every client in the caller's scope when clientId is null. */
    @Transactional(readOnly = true)
    public List<DowntimeReasonRef> downtimeReasonsOf(Long clientId) {
        return (clientId == null ? downtimeReasons.findAll() : downtimeReasons.findByClientId(clientId)).stream()
                .map(CatalogLookup::ref).toList();
    }

    /** Defect types by id, in one query (for a page of entries); absent ids are unknown or out of scope. */
    @Transactional(readOnly = true)
    public Map<Long, DefectTypeRef> defectTypes(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : index(defectTypes.findAllById(ids).stream().map(CatalogLookup::ref).toList(), DefectTypeRef::id);
    }

    /** Every record of one client's catalogs, for checking many rows at once (batches, imports) without a query per row. */
    public record ClientCatalog(Map<Long, ProductRef> products, Map<Long, LineRef> lines, Map<Long, ShiftRef> shifts,
            Map<Long, EmployeeRef> employees, Map<Long, DowntimeReasonRef> downtimeReasons,
            Map<Long, HoldReasonRef> holdReasons, Map<Long, DefectTypeRef> defectTypes) {

        /** The records of one catalog keyed by upper-case code (or name for shifts). */
        public static <T> Map<String, T> byKey(Map<Long, T> records, java.util.function.Function<T, String> key) {
            Map<String, T> out = new LinkedHashMap<>();
            records.values().forEach(r -> out.put(key.apply(r).toUpperCase(Locale.ROOT), r));
            return out;
        }
    }

    @Transactional(readOnly = true)
    public ClientCatalog catalogOf(long clientId) {
        return new ClientCatalog(
                index(products.findByClientId(clientId).stream().map(CatalogLookup::ref).toList(), ProductRef::id),
                index(lines.findByClientId(clientId).stream().map(CatalogLookup::ref).toList(), LineRef::id),
                index(shifts.findByClientId(clientId).stream().map(CatalogLookup::ref).toList(), ShiftRef::id),
                index(employees.findByClientId(clientId).stream().map(CatalogLookup::ref).toList(), EmployeeRef::id),
                index(downtimeReasons.findByClientId(clientId).stream().map(CatalogLookup::ref).toList(), DowntimeReasonRef::id),
                index(holdReasons.findByClientId(clientId).stream().map(CatalogLookup::ref).toList(), HoldReasonRef::id),
                index(defectTypes.findByClientId(clientId).stream().map(CatalogLookup::ref).toList(), DefectTypeRef::id));
    }

    /**
     * The product, line and shift one production entry names (null: none), as a catalog holding just those, read in
     * one statement; nothing when the client is outside the caller's scope (as the tenant filter would answer).
     */
    public ClientCatalog catalogOf(long clientId, Long productId, Long lineId, Long shiftId) {
        if (!TenantScopes.current().allows(clientId)) {
            return new ClientCatalog(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        }
        CatalogRows.Named named = rows.named(clientId, productId, lineId, shiftId);
        return new ClientCatalog(named.products(), named.lines(), named.shifts(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static <T> Map<Long, T> index(List<T> records, java.util.function.ToLongFunction<T> id) {
        Map<Long, T> out = new LinkedHashMap<>();
        records.forEach(r -> out.put(id.applyAsLong(r), r));
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<ProductRef> product(long id) {
        return products.findById(id).map(CatalogLookup::ref);
    }

    @Transactional(readOnly = true)
    public Optional<LineRef> line(long id) {
        return lines.findById(id).map(CatalogLookup::ref);
    }

    @Transactional(readOnly = true)
    public List<ProductRef> products(Iterable<Long> ids) {
        return products.findAllById(ids).stream().map(CatalogLookup::ref).toList();
    }

    @Transactional(readOnly = true)
    public List<LineRef> lines(Iterable<Long> ids) {
        return lines.findAllById(ids).stream().map(CatalogLookup::ref).toList();
    }

    @Transactional(readOnly = true)
    public List<EmployeeRef> employees(Iterable<Long> ids) {
        return employees.findAllById(ids).stream().map(CatalogLookup::ref).toList();
    }

    @Transactional(readOnly = true)
    public List<ShiftRef> shifts(Iterable<Long> ids) {
        return shifts.findAllById(ids).stream().map(CatalogLookup::ref).toList();
    }

    /** Every product of a client keyed by upper-case code (for bulk imports). */
    @Transactional(readOnly = true)
    public Map<String, ProductRef> productsByCode(long clientId) {
        Map<String, ProductRef> byCode = new LinkedHashMap<>();
        products.findByClientId(clientId).forEach(p -> byCode.put(p.code.toUpperCase(Locale.ROOT), ref(p)));
        return byCode;
    }

    /** Every line of a client keyed by upper-case code (for bulk imports). */
    @Transactional(readOnly = true)
    public Map<String, LineRef> linesByCode(long clientId) {
        Map<String, LineRef> byCode = new LinkedHashMap<>();
        lines.findByClientId(clientId).forEach(l -> byCode.put(l.code.toUpperCase(Locale.ROOT), ref(l)));
        return byCode;
    }

    private static ProductRef ref(Product p) {
        return new ProductRef(p.getId(), p.getClientId(), p.code, p.name, p.idealCycleTimeHours, p.isActive());
    }

    private static LineRef ref(ProductionLine l) {
        return new LineRef(l.getId(), l.getClientId(), l.code, l.name, l.isActive());
    }

    private static ShiftRef ref(Shift s) {
        ShiftTimes t = s.times();
        return new ShiftRef(s.getId(), s.getClientId(), s.name, s.startMinute, s.endMinute, t.durationMinutes(),
                t.scheduledMinutes(), s.isActive());
    }

    private static EmployeeRef ref(Employee e) {
        return new EmployeeRef(e.getId(), e.getClientId(), e.code, e.name, e.lineId, e.shiftId, e.floatingPool,
                e.isActive());
    }

    private static DowntimeReasonRef ref(DowntimeReason r) {
        return new DowntimeReasonRef(r.getId(), r.getClientId(), r.code, r.name, r.category.value(), r.planned, r.setup,
                r.isActive());
    }

    private static HoldReasonRef ref(HoldReason r) {
        return new HoldReasonRef(r.getId(), r.getClientId(), r.code, r.name, r.isActive());
    }

    private static DefectTypeRef ref(DefectType d) {
        return new DefectTypeRef(d.getId(), d.getClientId(), d.code, d.name, d.category,
                d.severity == null ? null : d.severity.name(), d.isActive());
    }
}
