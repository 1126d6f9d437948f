package io.kpiops.kpi;

import io.kpiops.clients.ClientService;
import io.kpiops.clients.ClientSettingsService;
import io.kpiops.clients.ClientSummary;
import io.kpiops.clients.EntryWindow;
import io.kpiops.clients.KpiKey;
import io.kpiops.clients.KpiSettings;
import io.kpiops.kpi.KpiCalculator.Context;
import io.kpiops.kpi.KpiViews.ClientKpis;
import io.kpiops.kpi.KpiViews.Filters;
import io.kpiops.kpi.KpiViews.Group;
import io.kpiops.kpi.KpiViews.Grouped;
import io.kpiops.kpi.KpiViews.KpiValue;
import io.kpiops.kpi.KpiViews.Summary;
import io.kpiops.kpi.OrderGathering.Delivery;
import io.kpiops.kpi.OrderGathering.Wip;
import io.kpiops.kpi.calc.Granularity;
import io.kpiops.kpi.calc.Kpi;
import io.kpiops.kpi.calc.ProductionKpis;
import io.kpiops.kpi.calc.ProductionScope;
import io.kpiops.kpi.calc.QualityRecord;
import io.kpiops.kpi.calc.Thresholds;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.platform.web.ApiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI read side: checks the scope (clients the caller may see, a valid window), gathers pooled sums per client
 * and group, and has the core compute every KPI with each client's targets and settings. Several clients pool into a
 * total (sums added, never an average of client values); the targets of a pooled total are the clients' common
 * levels, or the global defaults when they differ.
 */
@Service
class KpiService {

    private final ClientService clients;
    private final ClientSettingsService settings;
    private final EntryWindow window;
    private final ProductionGathering production;
    private final QualityGathering quality;
    private final AttendanceGathering attendance;
    private final OrderGathering orders;

    KpiService(ClientService clients, ClientSettingsService settings, EntryWindow window, ProductionGathering production,
            QualityGathering quality, AttendanceGathering attendance, OrderGathering orders) {
        this.clients = clients;
        this.settings = settings;
        this.window = window;
        this.production = production;
        this.quality = quality;
        this.attendance = attendance;
        this.orders = orders;
    }

    /** One client in scope with what its KPIs need. */
    record ClientScope(ClientSummary client, KpiSettings settings, Map<Kpi, Thresholds> thresholds) {}

    /** The request's clients, in scope and existing, and the as-of date shared by all of them. */
    record Request(KpiFilter filter, List<ClientScope> clients, LocalDate asOf) {}

    static Kpi parseKpi(String value) {
        return Arrays.stream(Kpi.values()).filter(k -> k.name().toLowerCase(Locale.ROOT).equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid("kpi", "unknown KPI '" + value + "'; one of " + Arrays
                        .stream(Kpi.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }

    @Transactional(readOnly = true)
    Summary summary(KpiFilter f) {
        Request r = request(f);
        List<ClientKpis> perClient = new ArrayList<>();
        KpiInputs pooled = null;
        for (ClientScope c : r.clients()) {
            KpiInputs in = gather(r, c, null, Set.of(Family.values()), new HashMap<>(), true).groups()
                    .getOrDefault("", empty(r));
            perClient.add(new ClientKpis(c.client().id(), c.client().code(), c.client().name(), c.settings(),
                    KpiCalculator.all(in, context(r, List.of(c), null))));
            pooled = pooled == null ? in : pooled.plus(in);
        }
        ClientKpis total = r.clients().size() < 2 ? null
                : new ClientKpis(null, null, null, null, KpiCalculator.all(pooled, context(r, r.clients(), null)));
        return new Summary(f.from(), f.to(), r.asOf(), Filters.of(f), perClient, total);
    }

    /** Some KPIs of one client over the scope, gathering only their families (the shop-floor TV's OEE and factors). */
    @Transactional(readOnly = true)
    Map<Kpi, KpiValue> some(KpiFilter f, List<Kpi> wanted) {
        Request r = request(f);
        ClientScope c = r.clients().getFirst();
        Set<Family> families = wanted.stream().map(Family::of).collect(Collectors.toSet());
        KpiInputs in = gather(r, c, null, families, new HashMap<>(), true).groups().getOrDefault("", empty(r));
        Context ctx = context(r, List.of(c), null);
        Map<Kpi, KpiValue> out = new LinkedHashMap<>();
        wanted.forEach(kpi -> out.put(kpi, KpiCalculator.one(kpi, in, ctx)));
        return out;
    }

    @Transactional(readOnly = true)
    Grouped grouped(Kpi kpi, KpiFilter f, Dimension by) {
        return grouped(kpi, f, by, true);
    }

    /**
     * One KPI per group and over the whole scope. Without {@code groupWarnings} (a trend keeps only each group's value)
     * the groups' results carry no data-quality warnings naming products or references, which saves building them per
     * group; the total's warnings are complete either way.
     */
    @Transactional(readOnly = true)
    Grouped grouped(Kpi kpi, KpiFilter f, Dimension by, boolean groupWarnings) {
        checkGrouping(kpi, by, "group_by");
        Request r = request(f);
        Family family = Family.of(kpi);
        Map<String, KpiInputs> groups = new TreeMap<>();
        Map<String, String> labels = new HashMap<>();
        KpiInputs total = empty(r);
        ProductionScope wholeProduction = null;
        boolean wholeLean = false;
        for (ClientScope c : r.clients()) {
            Gathered gathered = gather(r, c, by, Set.of(family), labels, groupWarnings);
            Map<String, KpiInputs> mine = gathered.groups();
            if (by == Dimension.CLIENT) {
                String key = String.valueOf(c.client().id());
                labels.put(key, c.client().code());
                mine = mine.isEmpty() ? Map.of(key, empty(r)) : Map.of(key, mine.get(""));
            }
            for (Map.Entry<String, KpiInputs> e : mine.entrySet()) {
                groups.merge(e.getKey(), e.getValue(), KpiInputs::plus);
            }
            total = mine.values().stream().reduce(total, KpiInputs::plus);
            if (gathered.wholeProduction() != null) {
                wholeProduction = wholeProduction == null ? gathered.wholeProduction()
                        : ProductionGathering.plus(wholeProduction, gathered.wholeProduction());
                wholeLean |= gathered.wholeLean();
            }
        }
        // a trend's total comes from its lean rows, without the per-product and per-reference detail its warnings
        // name: read for every client when the pooled total warns (a client whose own total does not may still hold
        // a product above 100 %)
        if (wholeLean && ProductionKpis.warnsByName(kpi, wholeProduction.total())) {
            wholeProduction = r.clients().stream()
                    .map(c -> production.window(r.filter().forClient(c.client().id()), c.settings()))
                    .reduce(ProductionGathering.empty(), ProductionGathering::plus);
        }
        Context ctx = context(r, r.clients(), by);
        List<Group> list = groups.entrySet().stream()
                .map(e -> new Group(e.getKey(), labels.getOrDefault(e.getKey(), by.isTime() ? e.getKey() : null),
                        KpiCalculator.one(kpi, e.getValue(), ctx)))
                .sorted(by.isTime() ? Comparator.comparing(Group::key)
                        : Comparator.comparing((Group g) -> g.label() == null ? "" : g.label()).thenComparing(Group::key))
                .toList();
        if (wholeProduction != null) {
            total = total.withProduction(wholeProduction);
        }
        // the total is the whole window: OTD's due window is the request's, not the span of the groups
        total = total.withOrders(total.deliveries(), total.wips(), f.from(), f.to());
        Map<Long, KpiSettings> used = r.clients().stream()
                .collect(Collectors.toMap(c -> c.client().id(), ClientScope::settings, (a, b) -> a, LinkedHashMap::new));
        return new Grouped(kpi.name().toLowerCase(Locale.ROOT), by.value(), f.from(), f.to(), r.asOf(), Filters.of(f),
                list, KpiCalculator.one(kpi, total, ctx), used);
    }

    /** WIP aging is a snapshot at the as-of date: it has no value per day, week or month. */
    static void checkGrouping(Kpi kpi, Dimension by, String field) {
        if (kpi == Kpi.WIP_AGING && by.isTime()) {
            throw ApiException.invalid(field, "wip_aging is a snapshot at the as-of date; group it by product, "
                    + "work_order or client, or read its trend by other means");
        }
        Family family = Family.of(kpi);
        KpiFilter any = new KpiFilter(List.of(0L), LocalDate.EPOCH, LocalDate.EPOCH, null, null, null, null);
        if (!family.supports(any, by)) {
            throw ApiException.invalid(field, family.unsupportedReason());
        }
    }

    /**
     * The inputs of one client per group, and the whole window's production scope when the groups lack detail
     * ({@code wholeLean}: without its own detail either, see {@link ProductionGathering.Gathered}).
     */
    record Gathered(Map<String, KpiInputs> groups, ProductionScope wholeProduction, boolean wholeLean) {}

    /** The inputs of one client per group ("" ungrouped; a production day for time groups, bucketed here). */
    private Gathered gather(Request r, ClientScope c, Dimension by, Set<Family> families, Map<String, String> labels,
            boolean groupDetail) {
        KpiFilter f = r.filter().forClient(c.client().id());
        Dimension sqlBy = by == Dimension.CLIENT ? null : by;
        Map<String, String> periods = new HashMap<>();
        UnaryOperator<String> bucket = key -> sqlBy == null || !sqlBy.isTime() || key.isEmpty() ? key
                : periods.computeIfAbsent(key, k -> sqlBy.granularity().periodOf(LocalDate.parse(k)).toString());
        Map<String, KpiInputs> groups = new TreeMap<>();
        Function<String, KpiInputs> group = key -> groups.computeIfAbsent(bucket.apply(key), k -> periodInputs(r, sqlBy, k));
        ProductionScope whole = null;
        boolean wholeLean = false;
        if (families.contains(Family.PRODUCTION)) {
            // production buckets its own rows (cheap sums), so its keys are periods already
            ProductionGathering.Gathered p = production.gather(f, sqlBy, c.settings(), labels, bucket, groupDetail);
            p.groups().forEach((k, scope) -> {
                KpiInputs in = groups.computeIfAbsent(k, key -> periodInputs(r, sqlBy, key));
                groups.put(k, in.withProduction(ProductionGathering.plus(in.production(), scope)));
            });
            whole = p.whole();
            wholeLean = p.wholeLean();
        }
        if (families.contains(Family.QUALITY) && Family.QUALITY.supports(f, sqlBy)) {
            quality.gather(f, sqlBy, c.settings(), labels).forEach((k, records) -> {
                KpiInputs in = group.apply(k);
                List<QualityRecord> all = new ArrayList<>(in.quality());
                all.addAll(records);
                groups.put(bucket.apply(k), in.withQuality(all));
            });
        }
        if (families.contains(Family.ATTENDANCE) && Family.ATTENDANCE.supports(f, sqlBy)) {
            attendance.gather(f, sqlBy, c.settings(), labels).forEach((k, tally) -> {
                KpiInputs in = group.apply(k);
                groups.put(bucket.apply(k), in.withAttendance(in.attendance().plus(tally)));
            });
        }
        if (families.contains(Family.ORDERS) && Family.ORDERS.supports(f, sqlBy)) {
            gatherOrders(r, f, c, sqlBy, labels, group, groups);
        }
        if (sqlBy == null) {
            groups.computeIfAbsent("", k -> empty(r));
        }
        return new Gathered(groups, whole, wholeLean);
    }

    private void gatherOrders(Request r, KpiFilter f, ClientScope c, Dimension by, Map<String, String> labels,
            Function<String, KpiInputs> group, Map<String, KpiInputs> groups) {
        List<Delivery> deliveries = orders.deliveries(f, c.settings());
        List<Wip> wips = by != null && by.isTime() ? List.of() : orders.openOrders(f, window.zone(c.client().id()));
        Map<String, List<Delivery>> d = new LinkedHashMap<>();
        for (Delivery o : deliveries) {
            String key = orderKey(by, o.productId(), o.id(), o.order().promised().value());
            if (key != null) {
                d.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
                label(by, labels, key, o.product(), o.number());
            }
        }
        Map<String, List<Wip>> w = new LinkedHashMap<>();
        for (Wip o : wips) {
            String key = orderKey(by, o.productId(), o.id(), null);
            w.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            label(by, labels, key, o.product(), o.number());
        }
        Set<String> keys = new java.util.TreeSet<>(d.keySet());
        keys.addAll(w.keySet());
        for (String key : keys) {
            KpiInputs in = group.apply(key);
            List<Delivery> dd = new ArrayList<>(in.deliveries());
            dd.addAll(d.getOrDefault(key, List.of()));
            List<Wip> ww = new ArrayList<>(in.wips());
            ww.addAll(w.getOrDefault(key, List.of()));
            groups.put(key, in.withOrders(dd, ww, in.otdFrom(), in.otdTo()));
        }
    }

    /** The group of an order: its product, itself, or (time groups) the period of its promised day; null = none. */
    private static String orderKey(Dimension by, long productId, long orderId, LocalDate promised) {
        if (by == null) {
            return "";
        }
        return switch (by) {
            case PRODUCT -> String.valueOf(productId);
            case WORK_ORDER -> String.valueOf(orderId);
            case DAY, WEEK, MONTH -> promised == null ? null : by.granularity().periodOf(promised).toString();
            default -> "";
        };
    }

    private static void label(Dimension by, Map<String, String> labels, String key, String product, String number) {
        if (by == Dimension.PRODUCT) {
            labels.putIfAbsent(key, product);
        } else if (by == Dimension.WORK_ORDER) {
            labels.putIfAbsent(key, number);
        }
    }

    /** Empty inputs of a group; a time group's OTD counts orders due within its own period of the window. */
    private static KpiInputs periodInputs(Request r, Dimension by, String key) {
        KpiFilter f = r.filter();
        if (by == null || !by.isTime() || key.isEmpty()) {
            return empty(r);
        }
        Granularity g = by.granularity();
        LocalDate start = LocalDate.parse(key);
        LocalDate end = g.plus(start, 1).minusDays(1);
        return KpiInputs.empty(start.isBefore(f.from()) ? f.from() : start, end.isAfter(f.to()) ? f.to() : end);
    }

    private static KpiInputs empty(Request r) {
        return KpiInputs.empty(r.filter().from(), r.filter().to());
    }

    /** Checks that every client is in the caller's scope (404 otherwise) and reads their settings and targets. */
    Request request(KpiFilter f) {
        for (Long id : f.clientIds()) {
            TenantScopes.current().require(id, "Client " + id);
        }
        Map<Long, ClientSummary> found = clients.summaries(f.clientIds()).stream()
                .collect(Collectors.toMap(ClientSummary::id, Function.identity()));
        List<ClientScope> scopes = new ArrayList<>();
        LocalDate asOf = f.to();
        for (Long id : f.clientIds()) {
            ClientSummary c = found.get(id);
            if (c == null) {
                throw ApiException.notFound("Client " + id);
            }
            scopes.add(new ClientScope(c, settings.kpiSettings(id), thresholds(settings.thresholds(id))));
            LocalDate today = window.today(id);
            asOf = today.isBefore(asOf) ? today : asOf;
        }
        return new Request(f, scopes, asOf);
    }

    private static Map<Kpi, Thresholds> thresholds(Map<KpiKey, KpiKey.Thresholds> levels) {
        Map<Kpi, Thresholds> out = new HashMap<>();
        levels.forEach((key, t) -> {
            Kpi kpi = Kpi.valueOf(key.name());
            out.put(kpi, new Thresholds(t.target(), t.warning(), t.critical(), kpi.direction()));
        });
        return out;
    }

    /** Levels, stages and bucket edges of one client; for several, the common ones or the global defaults. */
    private static Context context(Request r, List<ClientScope> scope, Dimension by) {
        Map<Kpi, Thresholds> levels = new HashMap<>();
        for (Kpi kpi : Kpi.values()) {
            List<Thresholds> distinct = scope.stream().map(c -> c.thresholds().get(kpi)).filter(Objects::nonNull)
                    .distinct().toList();
            if (distinct.size() == 1) {
                levels.put(kpi, distinct.getFirst());
            }
        }
        List<List<String>> stages = scope.stream().map(c -> c.settings().inspectionStages()).distinct().toList();
        List<List<Integer>> edges = scope.stream().map(c -> c.settings().wipBucketEdges()).distinct().toList();
        return new Context(levels, stages.size() == 1 ? stages.getFirst() : List.of(),
                edges.size() == 1 ? edges.getFirst() : List.of(), r.asOf(), r.filter(), by);
    }
}
