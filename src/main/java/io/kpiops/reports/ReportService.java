package io.kpiops.reports;

import io.kpiops.catalog.CatalogLookup;
import io.kpiops.clients.ClientService;
import io.kpiops.clients.ClientSummary;
import io.kpiops.kpi.KpiFilter;
import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Renders reports ({@link ReportRenderer}): checks the request (window, filters the report's entries carry, the
 * operator rule), resolves the clients in the caller's tenant scope (another client answers 404 as in the KPI API),
 * assembles the content once and writes it as PDF or workbook.
 *
 * <p>Operators: the data model gives an operator one client and no shift (users carry no shift; employees, which
 * have one, are not users), so an operator's report must name one shift of their client — a shift report — and
 * may only be a production, quality or downtime report: the KPI summary, attendance and work-order reports hold
 * plant-wide figures or colleagues' absences that no single shift owns.
 */
@Service
class ReportService implements ReportRenderer {

    static final Set<ReportType> OPERATOR_TYPES = Set.of(ReportType.PRODUCTION, ReportType.QUALITY, ReportType.DOWNTIME);

    private final ClientService clients;
    private final CatalogLookup catalog;
    private final ReportAssembler assembler;
    private final PdfReportWriter pdf;
    private final XlsxReportWriter xlsx;
    private final Clock clock;

    ReportService(ClientService clients, CatalogLookup catalog, ReportAssembler assembler, PdfReportWriter pdf,
            XlsxReportWriter xlsx, Clock clock) {
        this.clients = clients;
        this.catalog = catalog;
        this.assembler = assembler;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.clock = clock;
    }

    @Override
    public RenderedReport render(ReportRequest request, ReportFormat format) {
        KpiFilter filter = new KpiFilter(request.clientIds(), request.from(), request.to(), request.shiftId(),
                request.lineId(), request.productId(), null);
        checkFilters(request);
        List<ClientSummary> scope = clientsInScope(filter.clientIds());
        checkOperator(request);
        ReportText text = new ReportText(request.language());
        ZoneId zone = ZoneId.of(scope.getFirst().timeZone());
        ReportContext ctx = new ReportContext(request, filter, scope, ZonedDateTime.now(clock.withZone(zone)), text,
                request.shiftId() == null ? null : catalog.shift(request.shiftId()).map(s -> s.name()).orElse(null),
                request.lineId() == null ? null : catalog.line(request.lineId()).map(l -> l.name()).orElse(null),
                request.productId() == null ? null : catalog.product(request.productId()).map(p -> p.code() + " – "
                        + p.name()).orElse(null));
        ReportDocument doc = assembler.assemble(ctx);
        byte[] content = format == ReportFormat.PDF ? pdf.write(doc, text) : xlsx.write(doc, text, filter);
        return new RenderedReport(fileName(request, scope, format), format.contentType(), content);
    }

    /** Refuses a filter the report's entries do not carry, which would otherwise silently empty or widen it. */
    static void checkFilters(ReportRequest r) {
        List<FieldError> errors = new ArrayList<>();
        switch (r.type()) {
            case QUALITY -> reject(errors, r.lineId(), "line_id", "quality entries carry no line");
            case ATTENDANCE -> reject(errors, r.productId(), "product_id", "attendance carries no product");
            case WORK_ORDERS -> {
                reject(errors, r.shiftId(), "shift_id", "work orders carry no shift");
                reject(errors, r.lineId(), "line_id", "work orders carry no line");
            }
            default -> { }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void reject(List<FieldError> errors, Long value, String field, String why) {
        if (value != null) {
            errors.add(new FieldError(field, "does not apply to this report: " + why));
        }
    }

    /** The clients asked for, each in the caller's scope and existing (404 otherwise, existence not revealed). */
    private List<ClientSummary> clientsInScope(List<Long> ids) {
        for (Long id : ids) {
            TenantScopes.current().require(id, "Client " + id);
        }
        List<ClientSummary> found = clients.summaries(ids);
        if (found.size() != ids.size()) {
            Set<Long> known = found.stream().map(ClientSummary::id).collect(Collectors.toSet());
            throw ApiException.notFound("Client " + ids.stream().filter(id -> !known.contains(id)).findFirst()
                    .orElseThrow());
        }
        return found;
    }

    /** An operator's report is a production, quality or downtime report of one shift of their client. */
    private void checkOperator(ReportRequest r) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Caller caller) || caller.role() != Role.OPERATOR) {
            return;
        }
        if (!OPERATOR_TYPES.contains(r.type())) {
            throw ApiException.forbidden("Operators may request the production, quality and downtime reports of "
                    + "their shift only");
        }
        if (r.shiftId() == null) {
            throw ApiException.invalid("shift_id", "is required for an operator: name your shift");
        }
        boolean own = catalog.shift(r.shiftId()).filter(s -> r.clientIds().contains(s.clientId())).isPresent();
        if (!own) {
            throw ApiException.notFound("Shift " + r.shiftId());
        }
    }

    /** e.g. {@code kpi-summary_ACME-MFG_2026-10-01_2026-10-31.pdf}; several clients joined with '+'. */
    static String fileName(ReportRequest r, List<ClientSummary> scope, ReportFormat format) {
        String who = scope.stream().map(c -> c.code().replaceAll("[^A-Za-z0-9-]", "-")).collect(Collectors.joining("+"));
        return r.type().slug() + "_" + who + "_" + r.from() + "_" + r.to() + "." + format.extension();
    }
}
