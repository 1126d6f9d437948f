package io.kpiops.clients;

import io.kpiops.clients.SettingsRequests.KpiTargetResponse;
import io.kpiops.clients.SettingsRequests.SettingsBody;
import io.kpiops.clients.SettingsRequests.SettingsResponse;
import io.kpiops.clients.SettingsRequests.TargetBody;
import io.kpiops.platform.audit.AuditAction;
import io.kpiops.platform.audit.AuditLog;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.StaleVersionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settings that change a client's KPI numbers and its KPI targets. Reading is open to everyone in the client's
 * scope; changes (poweruser, admin) are audited with old and new values.
 */
@Service
public class ClientSettingsService {

    private final ClientService clients;
    private final ClientSettingsRepository settings;
    private final KpiTargetRepository targets;
    private final AuditLog audit;
    private final Clock clock;

    ClientSettingsService(ClientService clients, ClientSettingsRepository settings, KpiTargetRepository targets,
            AuditLog audit, Clock clock) {
        this.clients = clients;
        this.settings = settings;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    SettingsResponse read(long clientId) {
        clients.get(clientId);
        return response(clientId, current(clientId));
    }

    @Transactional
    SettingsResponse update(long clientId, SettingsBody body) {
        clients.get(clientId);
        ClientSettings s = current(clientId);
        long version = s.getId() == null ? 0 : s.getVersion();
        if (version != body.version()) {
            throw new StaleVersionException("The settings of client " + clientId, version);
        }
        List<FieldError> errors = new ArrayList<>();
        if (!increasing(body.wipBucketEdges())) {
            errors.add(new FieldError("wip_bucket_edges", "must be strictly increasing"));
        }
        if (!increasing(body.bradfordBands())) {
            errors.add(new FieldError("bradford_bands", "must be strictly increasing"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        SettingsBody before = SettingsBody.of(s);
        s.setupAsPlanned = body.setupAsPlanned();
        s.countedAbsenceTypes = body.countedAbsenceTypes().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        s.wipBucketEdges = join(body.wipBucketEdges());
        s.bradfordWindowWeeks = body.bradfordWindowWeeks();
        s.bradfordBands = join(body.bradfordBands());
        s.defaultCrewSize = body.defaultCrewSize();
        s.defaultCycleTimeHours = body.defaultCycleTimeHours();
        s.defaultShiftHours = body.defaultShiftHours();
        s.defaultLeadTimeDays = body.defaultLeadTimeDays();
        s.defaultDpmoOpportunities = body.defaultDpmoOpportunities();
        s.operatorBackdatingDays = body.operatorBackdatingDays();
        if (body.dateOrder() != null) {
            s.dateOrder = body.dateOrder();
        }
        if (body.inspectionStages() != null) {
            s.inspectionStages = String.join(",", body.inspectionStages().stream().distinct().toList());
        }
        s.stamp(clock.instant());
        settings.saveAndFlush(s);
        audit.record("client_settings", clientId, clientId, AuditAction.UPDATE, before, SettingsBody.of(s));
        return response(clientId, s);
    }

    @Transactional
    SettingsResponse setTarget(long clientId, KpiKey kpi, TargetBody body) {
        clients.get(clientId);
        KpiKey.Thresholds wanted = new KpiKey.Thresholds(body.target(), body.warning(), body.critical());
        if (!kpi.ordered(wanted)) {
            throw ApiException.invalid("warning", kpi.higherIsBetter()
                    ? "must lie between critical and target: target ≥ warning ≥ critical for " + kpi.value()
                    : "must lie between target and critical: target ≤ warning ≤ critical for " + kpi.value());
        }
        KpiTarget t = targets.findByClientIdAndKpi(clientId, kpi).orElseGet(() -> new KpiTarget(clientId, kpi, clock.instant()));
        KpiKey.Thresholds before = t.getId() == null ? kpi.defaults() : t.thresholds();
        t.change(wanted, clock.instant());
        targets.save(t);
        audit.record("kpi_target", clientId + ":" + kpi.value(), clientId, AuditAction.UPDATE, before, wanted);
        return response(clientId, current(clientId));
    }

    @Transactional
    SettingsResponse resetTarget(long clientId, KpiKey kpi) {
        clients.get(clientId);
        targets.findByClientIdAndKpi(clientId, kpi).ifPresent(t -> {
            targets.delete(t);
            audit.record("kpi_target", clientId + ":" + kpi.value(), clientId, AuditAction.DELETE, t.thresholds(), kpi.defaults());
        });
        return response(clientId, current(clientId));
    }

    /** How the client writes slashed and dotted dates (imports read them so). */
    @Transactional(readOnly = true)
    public DateOrder dateOrder(long clientId) {
        return current(clientId).dateOrder;
    }

    /** How many days back an operator may enter shift data (leaders and above: unlimited). */
    @Transactional(readOnly = true)
    public int operatorBackdatingDays(long clientId) {
        return current(clientId).operatorBackdatingDays;
    }

    /** The client's inspection stages in process order. */
    @Transactional(readOnly = true)
    public List<String> inspectionStages(long clientId) {
        return SettingsRequests.split(current(clientId).inspectionStages);
    }

    /** The settings in force for a client's KPIs (its own, or the defaults when it has none stored). */
    @Transactional(readOnly = true)
    public KpiSettings kpiSettings(long clientId) {
        return KpiSettings.of(current(clientId));
    }

    /** The thresholds in force for a client: its own where set, else the global default. */
    @Transactional(readOnly = true)
    public Map<KpiKey, KpiKey.Thresholds> thresholds(long clientId) {
        Map<KpiKey, KpiTarget> own = targets.findByClientId(clientId).stream()
                .collect(Collectors.toMap(t -> t.kpi, Function.identity()));
        return Arrays.stream(KpiKey.values()).collect(Collectors.toMap(Function.identity(),
                k -> own.containsKey(k) ? own.get(k).thresholds() : k.defaults()));
    }

    private ClientSettings current(long clientId) {
        return settings.findByClientId(clientId).orElseGet(() -> ClientSettings.defaults(clientId, clock.instant()));
    }

    private SettingsResponse response(long clientId, ClientSettings s) {
        Map<KpiKey, KpiTarget> own = targets.findByClientId(clientId).stream()
                .collect(Collectors.toMap(t -> t.kpi, Function.identity()));
        List<KpiTargetResponse> list = Arrays.stream(KpiKey.values()).map(k -> {
            KpiKey.Thresholds d = k.defaults();
            KpiKey.Thresholds t = own.containsKey(k) ? own.get(k).thresholds() : d;
            return new KpiTargetResponse(k.value(), k.unit(), k.higherIsBetter(), t.target(), t.warning(), t.critical(),
                    own.containsKey(k), d.target(), d.warning(), d.critical());
        }).toList();
        return new SettingsResponse(clientId, SettingsBody.of(s), list);
    }

    private static boolean increasing(List<Integer> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
