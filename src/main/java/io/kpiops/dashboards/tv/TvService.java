package io.kpiops.dashboards.tv;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.catalog.CatalogLookup.LineRef;
import io.kpiops.catalog.CatalogLookup.ShiftRef;
import io.kpiops.clients.ClientService;
import io.kpiops.clients.ClientSummary;
import io.kpiops.kpi.LineShiftKpis;
import io.kpiops.platform.security.DisplayPrincipal;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.platform.time.PlantTime;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The figures of a shop-floor screen: which line the caller may show (a display its own; a user a display of a client
 * in scope, or a client and line in scope), then the line's current shift run read by explicit client id.
 */
@Service
class TvService {

    static final int TOP_REASONS = 5;

    private final DisplayTokenService displays;
    private final CatalogLookup catalog;
    private final ClientService clients;
    private final LineShiftKpis kpis;
    private final TvSql sql;
    private final Clock clock;

    TvService(DisplayTokenService displays, CatalogLookup catalog, ClientService clients, LineShiftKpis kpis, TvSql sql,
            Clock clock) {
        this.displays = displays;
        this.catalog = catalog;
        this.clients = clients;
        this.kpis = kpis;
        this.sql = sql;
        this.clock = clock;
    }

    /** The line a request may show, after the caller's scope was checked. */
    record Target(long clientId, long lineId, Long shiftId, Long displayId, String displayName) {}

    TvView view(Long displayId, Long clientId, Long lineId, Long shiftId) {
        Target t = target(displayId, clientId, lineId, shiftId);
        // the scope is checked above; a display has no user whose assignments the tenant filter could read, so the
        // reads below run unfiltered and name the target's client themselves
        return TenantScopes.asSystem(() -> build(t));
    }

    private Target target(Long displayId, Long clientId, Long lineId, Long shiftId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DisplayPrincipal d) {
            if (differs(displayId, d.displayId()) || differs(clientId, d.clientId()) || differs(lineId, d.lineId())
                    || differs(shiftId, d.shiftId())) {
                throw ApiException.notFound("Line");
            }
            return new Target(d.clientId(), d.lineId(), d.shiftId(), d.displayId(), d.name());
        }
        if (displayId != null) {
            DisplayToken token = displays.visible(displayId);
            return new Target(token.clientId(), token.lineId(), token.shiftId(), token.id(), token.name());
        }
        List<FieldError> errors = new ArrayList<>();
        if (clientId == null) {
            errors.add(new FieldError("client_id", "is required without display_id"));
        }
        if (lineId == null) {
            errors.add(new FieldError("line_id", "is required without display_id"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        TenantScopes.current().require(clientId, "Client " + clientId);
        return new Target(clientId, lineId, shiftId, null, null);
    }

    private static boolean differs(Long asked, Long own) {
        return asked != null && !asked.equals(own);
    }

    private TvView build(Target t) {
        ClientSummary client = clients.summaries(List.of(t.clientId())).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Client " + t.clientId()));
        LineRef line = catalog.line(t.lineId()).filter(l -> l.clientId() == t.clientId())
                .orElseThrow(() -> ApiException.notFound("Line " + t.lineId()));
        ZoneId zone = PlantTime.zone(client.timeZone()).orElse(ZoneOffset.UTC);
        Instant now = clock.instant();
        ZonedDateTime plant = PlantTime.atPlant(now, zone);
        int minute = plant.getHour() * 60 + plant.getMinute();
        Optional<ShiftRun> run = currentRun(t, plant.toLocalDate(), minute);
        LocalDate day = run.map(ShiftRun::day).orElse(plant.toLocalDate());
        TvView.Shift shift = run.map(r -> shiftOf(r, zone)).orElse(null);
        LineShiftKpis.Oee oee = run.map(r -> kpis.oee(t.clientId(), r.day(), r.shift().id(), t.lineId())).orElse(null);
        TvView.Units units = run.map(r -> units(t, r, Objects.requireNonNull(oee))).orElse(null);
        LineStatus status = LineStatus.of(run.map(ShiftRun::running).orElse(false),
                run.map(r -> sql.downtimeWindows(t.clientId(), t.lineId(), r.day(), r.shift().id())).orElse(List.of()),
                minute);
        return new TvView(client.id(), client.name(), line.id(), line.name(), t.displayId(), t.displayName(),
                zone.getId(), now, sql.lastEntryAt(t.clientId(), t.lineId(), day), shift, units, oee, statusOf(status),
                kpis.downtimeReasons(t.clientId(), day, t.lineId(), TOP_REASONS));
    }

    /** The display's own shift when it is bound to one, else the client's current (or last ended) shift run. */
    private Optional<ShiftRun> currentRun(Target t, LocalDate today, int minute) {
        if (t.shiftId() == null) {
            return ShiftRun.current(catalog.shiftsOf(t.clientId()), today, minute);
        }
        ShiftRef shift = catalog.shift(t.shiftId()).filter(s -> s.clientId() == t.clientId())
                .orElseThrow(() -> ApiException.notFound("Shift " + t.shiftId()));
        return Optional.of(ShiftRun.latest(shift, today, minute));
    }

    private TvView.Units units(Target t, ShiftRun r, LineShiftKpis.Oee oee) {
        Optional<TvSql.RunningProduct> product = sql.runningProduct(t.clientId(), t.lineId(), r.day());
        java.math.BigDecimal ict = product.map(TvSql.RunningProduct::idealCycleTimeHours).orElse(null);
        int scheduled = r.shift().scheduledMinutes();
        return new TvView.Units(UnitTarget.soFar(scheduled, ict, r.elapsed(), r.duration()),
                UnitTarget.shift(scheduled, ict), oee.unitsProduced(), oee.goodUnits(),
                product.map(TvSql.RunningProduct::name).orElse(null), ict);
    }

    private static TvView.Shift shiftOf(ShiftRun r, ZoneId zone) {
        ShiftRef s = r.shift();
        Instant starts = r.day().atTime(clockTime(s.startMinute())).atZone(zone).toInstant();
        return new TvView.Shift(s.id(), s.name(), r.day(), clockTime(s.startMinute()).toString(),
                clockTime(s.endMinute()).toString(), starts, starts.plusSeconds(60L * r.duration()), r.running(),
                r.elapsedInShift(), r.duration(), s.scheduledMinutes());
    }

    private static TvView.Status statusOf(LineStatus s) {
        return new TvView.Status(s.state().name().toLowerCase(java.util.Locale.ROOT), s.reason(), s.planned(),
                s.since() == null ? null : clockTime(s.since()).toString(),
                s.until() == null ? null : clockTime(s.until()).toString());
    }

    private static LocalTime clockTime(int minute) {
        return LocalTime.of(minute / 60 % 24, minute % 60);
    }
}
