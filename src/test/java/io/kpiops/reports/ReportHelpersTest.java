package io.kpiops.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kpiops.clients.ClientSummary;
import io.kpiops.kpi.KpiViews.ClientKpis;
import io.kpiops.kpi.KpiViews.KpiValue;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.reports.ReportDocument.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportHelpersTest {

    static final ReportText EN = new ReportText(Locale.ENGLISH);
    static final ReportText ES = new ReportText(ReportText.SPANISH);

    static KpiValue value(String kpi, String value, long records) {
        return new KpiValue(kpi, value == null ? null : new BigDecimal(value), "%", null, null, records, null, null,
                null, null, List.of(), null, List.of(), null, null);
    }

    @Test
    void numbersKeepTheApisScaleInTheReportsLanguage() {
        assertThat(EN.number(new BigDecimal("1234.50"))).isEqualTo("1,234.50");
        assertThat(ES.number(new BigDecimal("1234.50"))).isEqualTo("1.234,50");
        assertThat(EN.number(new BigDecimal("85"))).isEqualTo("85");
        assertThat(EN.number((BigDecimal) null)).isEqualTo("–");
        assertThat(PdfReportWriter.text(new Percent(new BigDecimal("76.43")), EN)).isEqualTo("76.43 %");
        assertThat(PdfReportWriter.text(LocalDate.of(2026, 10, 1), ES)).isEqualTo("2026-10-01");
        assertThat(PdfReportWriter.text(null, EN)).isEqualTo("–");
        assertThat(PdfReportWriter.text(12L, EN)).isEqualTo("12");
    }

    @Test
    void bothLanguagesHaveEveryText() {
        assertThat(EN.get("title.kpi-summary")).isEqualTo("KPI summary");
        assertThat(ES.get("title.kpi-summary")).isEqualTo("Resumen de KPI");
        assertThat(ES.get("empty.period", "2026-01-01", "2026-01-31")).startsWith("No se registraron entradas entre 2026-01-01 y 2026-01-31");
        for (ReportType type : ReportType.values()) {
            assertThat(ES.get("title." + type.slug())).isNotBlank();
        }
        for (String kpi : ReportAssembler.ALL_KPIS) {
            assertThat(EN.kpi(kpi)).isNotEqualTo(kpi);
            assertThat(ES.kpi(kpi)).isNotEqualTo(kpi);
        }
    }

    @Test
    void workbookFormatsFollowTheScale() {
        assertThat(XlsxCells.decimalFormat(2)).isEqualTo("#,##0.00");
        assertThat(XlsxCells.decimalFormat(0)).isEqualTo("#,##0");
        assertThat(XlsxCells.percentFormat(2)).isEqualTo("0.00%");
        assertThat(XlsxCells.percentFormat(0)).isEqualTo("0%");
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        Set<String> used = new HashSet<>();
        assertThat(XlsxReportWriter.name(used, "Trends")).isEqualTo("Trends");
        assertThat(XlsxReportWriter.name(used, "trends")).isEqualTo("trends 2");
        assertThat(XlsxReportWriter.name(used, "Losses: MTBF/MTTR [h]")).isEqualTo("Losses  MTBF MTTR  h ");
        String longName = "Los 10 empleados con mayor factor Bradford";
        String first = XlsxReportWriter.name(used, longName);
        String second = XlsxReportWriter.name(used, longName);
        assertThat(first).hasSize(31);
        assertThat(second).hasSize(31).endsWith(" 2").isNotEqualTo(first);
    }

    @Test
    void aFileIsNamedAfterTypeClientsAndPeriod() {
        ReportRequest r = new ReportRequest(ReportType.KPI_SUMMARY, List.of(1L, 2L), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), null, null, null, Locale.ENGLISH);
        List<ClientSummary> clients = List.of(new ClientSummary(1, "ACME-MFG", "Acme", "UTC", true),
                new ClientSummary(2, "TEX MX/2", "Tex", "UTC", true));
        assertThat(ReportService.fileName(r, clients.subList(0, 1), ReportFormat.PDF))
                .isEqualTo("kpi-summary_ACME-MFG_2026-10-01_2026-10-31.pdf");
        assertThat(ReportService.fileName(r, clients, ReportFormat.XLSX))
                .isEqualTo("kpi-summary_ACME-MFG+TEX-MX-2_2026-10-01_2026-10-31.xlsx");
    }

    @Test
    void aFilterTheReportsEntriesDoNotCarryIsRefusedByName() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThatThrownBy(() -> ReportService.checkFilters(new ReportRequest(ReportType.QUALITY, List.of(1L), d, d,
                null, 5L, null, Locale.ENGLISH))).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("line_id"));
        assertThatThrownBy(() -> ReportService.checkFilters(new ReportRequest(ReportType.WORK_ORDERS, List.of(1L), d,
                d, 3L, 4L, null, Locale.ENGLISH))).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("shift_id", "line_id"));
        ReportService.checkFilters(new ReportRequest(ReportType.KPI_SUMMARY, List.of(1L), d, d, 3L, 5L, 7L,
                Locale.ENGLISH));
    }

    @Test
    void aReportIsEmptyWhenNoneOfItsKpisHasARecordButWipAgingCountsOnlyForWorkOrders() {
        ClientKpis onlyWip = new ClientKpis(1L, "A", "A", null, Map.of("oee", value("oee", null, 0),
                "absenteeism", value("absenteeism", null, 0), "wip_aging", value("wip_aging", "3.00", 2)));
        assertThat(ReportAssembler.isEmpty(ReportType.KPI_SUMMARY, ReportAssembler.ALL_KPIS, onlyWip)).isTrue();
        assertThat(ReportAssembler.isEmpty(ReportType.WORK_ORDERS, ReportAssembler.kpisOf(ReportType.WORK_ORDERS),
                onlyWip)).isFalse();
        ClientKpis some = new ClientKpis(1L, "A", "A", null, Map.of("oee", value("oee", "70.00", 1)));
        assertThat(ReportAssembler.isEmpty(ReportType.PRODUCTION, ReportAssembler.kpisOf(ReportType.PRODUCTION), some))
                .isFalse();
    }

    @Test
    void trendPeriodsGrowWithTheWindow() {
        assertThat(context(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 3)).granularity()).isEqualTo("day");
        assertThat(context(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 4)).granularity()).isEqualTo("week");
        assertThat(context(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).granularity()).isEqualTo("week");
        assertThat(context(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2)).granularity()).isEqualTo("month");
    }

    private static ReportContext context(LocalDate from, LocalDate to) {
        return new ReportContext(null, new io.kpiops.kpi.KpiFilter(List.of(1L), from, to, null, null, null, null),
                List.of(), null, EN, null, null, null);
    }
}
