/**
 * Reports: the KPI summary and the production, quality, downtime, attendance and work-order reports as PDF and Excel
 * workbooks ({@link io.kpiops.reports.ReportRenderer}), CSV exports of lists, and report subscriptions delivered by
 * e-mail on a schedule. Reads the KPI engine through its public face; never the entry tables' internals.
 */
package io.kpiops.reports;
