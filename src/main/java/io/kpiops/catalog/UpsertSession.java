package io.kpiops.catalog;

import io.kpiops.imports.ImportContext;
import io.kpiops.imports.ImportResult;
import io.kpiops.imports.ImportRow;
import io.kpiops.imports.ImportSession;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.db.JdbcValues;
import io.kpiops.platform.web.FieldError;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One pass over a file of catalog records identified by a code unique per client: a row whose code the client has
 * updates that record, any other creates one. A row is checked as the record it would become — for a new code its
 * values with the API's defaults, for an existing code the current record with the row's values over it (an absent
 * optional value keeps the current one) — against the same rules as the single-record API; a code may appear once
 * per file. Writes go through {@link CatalogBulk}: batched inserts and updates (unchanged records are left alone)
 * and one audit row per created or changed record (those of created records at the end, with their ids).
 *
 * @param <R> the API's create request, which carries the rules (annotations)
 * @param <S> the audit snapshot, which is also what is written and compared
 */
abstract class UpsertSession<R, S> implements ImportSession {

    record Existing<S>(long id, S record) {}

    protected final long clientId;
    protected final ImportContext context;
    private final Table table;
    private final Map<String, Existing<S>> existing;
    private final CatalogBulk bulk;
    private final Map<String, S> createdSoFar = new LinkedHashMap<>();

    UpsertSession(long clientId, ImportContext context, Table table, Map<String, Existing<S>> existing, CatalogBulk bulk) {
        this.clientId = clientId;
        this.context = context;
        this.table = table;
        this.existing = existing;
        this.bulk = bulk;
    }

    /** The record a row describes as a create request over {@code current} (null for a new code); parse errors go to the list. */
    abstract R request(String code, Map<String, String> values, S current, List<FieldError> errors);

    abstract List<FieldError> ruleErrors(R request);

    /** The record as it will be stored (defaults applied, text trimmed). */
    abstract S stored(R request);

    /** Binds the table's value columns, in {@link Table#values} order, from position {@code first}. */
    abstract void bindValues(PreparedStatement ps, int first, S record) throws SQLException;

    abstract String code(S record);

    /**
     * Where records go: the audit entity, the table (with client_id, code, version, created_at, updated_at and the
     * value columns).
     */
    record Table(String entity, String name, List<String> values) {

        String insert() {
            return "insert into " + name + " (client_id, code, " + String.join(", ", values) + ", version, created_at, updated_at)"
                    + " values (?, ?, " + "?, ".repeat(values.size()) + "0, ?, ?)";
        }

        String update() {
            return "update " + name + " set " + String.join(" = ?, ", values) + " = ?, version = version + 1, updated_at = ?"
                    + " where id = ? and client_id = ?";
        }
    }

    @Override
    public List<FieldError> validate(int rowNumber, Map<String, String> values) {
        List<FieldError> errors = new ArrayList<>();
        String code = code(values);
        R request = request(code, values, current(code), errors);
        if (code != null) {
            context.unique("code", code, rowNumber, errors);
        }
        ruleErrors(request).stream().filter(e -> errors.stream().noneMatch(p -> p.field().equals(e.field()))).forEach(errors::add);
        return errors;
    }

    @Override
    public ImportResult commit(List<ImportRow> rows) {
        Map<String, S> created = new LinkedHashMap<>();
        List<Existing<S>> changed = new ArrayList<>();
        List<AuditLog.Change> changes = new ArrayList<>();
        for (ImportRow row : rows) {
            String code = code(row.values());
            Existing<S> old = existing.get(code);
            S after = stored(request(code, row.values(), old == null ? null : old.record(), new ArrayList<>()));
            if (old == null) {
                created.put(code, after);
            } else if (!old.record().equals(after)) {
                changed.add(new Existing<>(old.id(), after));
                changes.add(new AuditLog.Change(table.entity(), old.id(), clientId, AuditAction.UPDATE, old.record(), after));
                existing.put(code, new Existing<>(old.id(), after));
            }
        }
        Instant now = bulk.now();
        int n = table.values().size();
        bulk.batch(table.insert(), List.copyOf(created.values()), (ps, r) -> {
            ps.setLong(1, clientId);
            ps.setString(2, code(r));
            bindValues(ps, 3, r);
            JdbcValues.instant(ps, n + 3, now);
            JdbcValues.instant(ps, n + 4, now);
        });
        bulk.batch(table.update(), changed, (ps, e) -> {
            bindValues(ps, 1, e.record());
            JdbcValues.instant(ps, n + 1, now);
            ps.setLong(n + 2, e.id());
            ps.setLong(n + 3, clientId);
        });
        if (!changes.isEmpty()) {
            bulk.audit(changes);
        }
        createdSoFar.putAll(created);
        return new ImportResult(created.size(), rows.size() - created.size());
    }

    /** Audits the created records, whose ids one query reads back (a query per chunk degrades on PostgreSQL). */
    @Override
    public void finish() {
        if (createdSoFar.isEmpty()) {
            return;
        }
        Map<String, Long> ids = bulk.ids(table.name(), clientId);
        List<AuditLog.Change> changes = new ArrayList<>(createdSoFar.size());
        createdSoFar.forEach((code, record) -> changes.add(
                new AuditLog.Change(table.entity(), ids.get(code), clientId, AuditAction.CREATE, null, record)));
        bulk.audit(changes);
        createdSoFar.clear();
    }

    /** The row's value of a column (parsed), or — when the row has none — the current record's (null for a new one). */
    static <C, T> T value(Map<String, String> values, String column, C current, Function<C, T> currentValue,
            Function<String, T> parse) {
        if (values.containsKey(column)) {
            return parse.apply(values.get(column));
        }
        return current == null ? null : currentValue.apply(current);
    }

    private static String code(Map<String, String> values) {
        return values.containsKey("code") ? CatalogSupport.code(values.get("code")) : null;
    }

    private S current(String code) {
        Existing<S> old = code == null ? null : existing.get(code);
        return old == null ? null : old.record();
    }
}
