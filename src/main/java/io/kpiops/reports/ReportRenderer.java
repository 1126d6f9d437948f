package io.kpiops.reports;

/**
 * Renders a report in the caller's tenant scope ({@code TenantScopes.current()}): a client outside it is refused as
 * the KPI API refuses it. Scheduled delivery calls this with the subscription owner's scope in force.
 */
public interface ReportRenderer {

    RenderedReport render(ReportRequest request, ReportFormat format);
}
