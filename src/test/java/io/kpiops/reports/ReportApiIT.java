package io.kpiops.reports;

import static io.kpiops.kpi.KpiPlant.D1;
import static io.kpiops.kpi.KpiPlant.D2;
import static io.kpiops.support.Api.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kpiops.kpi.KpiPlant;
import io.kpiops.support.Api.Binary;
import io.kpiops.support.Api.Response;
import io.kpiops.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Reports through the HTTP API over the KPI tests' plant ({@link KpiPlant}): the PDF's text and the workbook's cells
 * carry exactly the KPI API's numbers for the same parameters, every section is there, an empty period says so, and
 * tenancy and the operator rule hold.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIT {

    static final Map<String, String> NAMES = Map.ofEntries(Map.entry("oee", "OEE"),
            Map.entry("availability", "Availability"), Map.entry("performance", "Performance"),
            Map.entry("quality_rate", "Quality rate"), Map.entry("efficiency", "Efficiency"),
            Map.entry("throughput", "Throughput"), Map.entry("fpy", "First pass yield"),
            Map.entry("rty", "Rolled throughput yield"), Map.entry("ppm", "PPM"), Map.entry("dpmo", "DPMO"),
            Map.entry("otd", "On-time delivery"), Map.entry("true_otd", "On time in full"),
            Map.entry("wip_aging", "WIP aging"), Map.entry("absenteeism", "Absenteeism"));

    @LocalServerPort
    int port;

    KpiPlant p;

    @BeforeAll
    void plant() {
        p = new KpiPlant(port);
    }

    private String window(long client) {
        return "client_id=" + client + "&from=" + D1 + "&to=" + D2;
    }

    private Binary download(String path, String token) {
        Binary b = p.api.bytes(path, bearer(token));
        assertThat(b.status()).as(new String(b.body())).isEqualTo(200);
        return b;
    }

    private JsonNode json(String path, String token) {
        Response r = p.api.get(path, bearer(token));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theKpiSummaryPdfShowsTheApiNumbersInEverySection() {
        Binary pdf = download("/api/reports/kpi-summary.pdf?" + window(p.client), p.leader);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = ReportFiles.pdfText(pdf.body());
        JsonNode kpis = json("/api/kpi/summary?" + window(p.client), p.leader).get("clients").get(0).get("kpis");
        int compared = 0;
        for (Map.Entry<String, String> e : NAMES.entrySet()) {
            JsonNode v = kpis.get(e.getKey()).get("value");
            if (!v.isNull()) {
                assertThat(ReportFiles.after(text, "\n" + e.getValue())).as(e.getKey())
                        .isEqualByComparingTo(v.decimalValue());
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(10);
        for (String section : List.of("KPI summary", "Clients", "Period (production days)", "Generated", "KPIs",
                "Trends", "OEE and its factors", "Top downtime reasons", "Top defect types", "Late orders",
                "WIP aging", "Absenteeism", "Top 10 employees by Bradford factor", "Inferred inputs",
                "KPI settings in force", "Page 1 of ")) {
            assertThat(text).contains(section);
        }
        assertThat(text).contains(D1 + " – " + D2);
        JsonNode bars = json("/api/kpi/downtime/pareto?" + window(p.client), p.leader).get("bars");
        assertThat(bars).isNotEmpty();
        for (JsonNode bar : bars) {
            assertThat(ReportFiles.after(text, "\n" + bar.get("label").asString()))
                    .isEqualByComparingTo(bar.get("total").decimalValue());
        }
        JsonNode bradford = json("/api/kpi/absenteeism/bradford?client_id=" + p.client + "&as_of=" + D2, p.leader)
                .get("employees");
        assertThat(text).contains(bradford.get(0).get("employee").asString() + " "
                + bradford.get(0).get("name").asString());
    }

    @Test
    void theKpiSummaryWorkbookHoldsTheApiNumbersAsTypedCells() {
        Binary xlsx = download("/api/reports/kpi-summary.xlsx?" + window(p.client), p.leader);
        assertThat(xlsx.contentType()).isEqualTo(ReportFormat.XLSX.contentType());
        JsonNode kpis = json("/api/kpi/summary?" + window(p.client), p.leader).get("clients").get(0).get("kpis");
        try (XSSFWorkbook wb = ReportFiles.workbook(xlsx.body())) {
            Sheet summary = wb.getSheet("Summary");
            for (Map.Entry<String, String> e : NAMES.entrySet()) {
                JsonNode v = kpis.get(e.getKey()).get("value");
                Row row = ReportFiles.row(summary, e.getValue());
                if (v.isNull()) {
                    assertThat(row.getCell(1)).as(e.getKey()).isNull();
                    continue;
                }
                boolean percent = "%".equals(kpis.get(e.getKey()).get("unit").asString());
                BigDecimal expected = percent ? v.decimalValue().movePointLeft(2) : v.decimalValue();
                assertThat(row.getCell(1).getNumericCellValue()).as(e.getKey())
                        .isCloseTo(expected.doubleValue(), within(1e-12));
                if (percent) {
                    assertThat(row.getCell(1).getCellStyle().getDataFormatString()).endsWith("%");
                }
            }
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            for (String sheet : List.of("Trends", "Downtime", "Defects", "Late orders", "WIP aging", "Absenteeism",
                    "Inferred inputs", "Settings", "Raw data")) {
                assertThat(wb.getSheet(sheet)).as(sheet).isNotNull();
            }
            Sheet raw = wb.getSheet("Raw data");
            assertThat(raw.getLastRowNum()).isEqualTo(2); // header + the two production entries of D1
            assertThat(raw.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(D1);
            assertThat(raw.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(120);
            assertThat(wb.getCTWorkbook().toString()).doesNotContain("<f>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theProductionReportShowsTheKpiPerLineAsTheApiGroupsIt() {
        String text = ReportFiles.pdfText(download("/api/reports/production.pdf?" + window(p.client), p.leader).body());
        JsonNode groups = json("/api/kpi/oee?group_by=line&" + window(p.client), p.leader).get("groups");
        assertThat(groups).hasSize(2);
        for (JsonNode g : groups) {
            assertThat(ReportFiles.after(text, "\n" + g.get("label").asString()))
                    .isEqualByComparingTo(g.get("result").get("value").decimalValue());
        }
        assertThat(text).contains("By line", "By shift", "By product", "Six big losses (hours)",
                "Losses, MTBF and MTTR by line");
    }

    @Test
    void everyReportTypeRendersInBothFormats() {
        for (ReportType type : ReportType.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                Binary b = download("/api/reports/" + type.slug() + "." + format.extension() + "?" + window(p.client)
                        + "&lang=es", p.leader);
                assertThat(b.body().length).as(type + " " + format).isGreaterThan(1000);
            }
        }
        String text = ReportFiles.pdfText(download("/api/reports/work-orders.pdf?" + window(p.client) + "&lang=es",
                p.leader).body());
        assertThat(text).contains("Informe de estado de órdenes de trabajo", "Órdenes con entrega en el periodo",
                "WO-1", "Página 1 de ");
    }

    @Test
    void anEmptyPeriodSaysSoInsteadOfShowingZeros() {
        String empty = "client_id=" + p.client + "&from=2025-03-01&to=2025-03-31";
        String text = ReportFiles.pdfText(download("/api/reports/kpi-summary.pdf?" + empty, p.leader).body());
        assertThat(text).contains("No entries were recorded between 2025-03-01 and 2025-03-31")
                .doesNotContain("Top downtime reasons", "0.00 %");
        try (XSSFWorkbook wb = ReportFiles.workbook(download("/api/reports/kpi-summary.xlsx?" + empty, p.leader)
                .body())) {
            assertThat(ReportFiles.row(wb.getSheet("Summary"), "No entries were recorded between 2025-03-01 and "
                    + "2025-03-31 for this scope, so there are no KPI figures to report.")).isNotNull();
            assertThat(ReportFiles.row(wb.getSheet("Raw data"), "No entries in this period.")).isNotNull();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anotherTenantsClientIsNotFound() {
        Binary b = p.api.bytes("/api/reports/kpi-summary.pdf?" + window(p.other), bearer(p.leader));
        assertThat(b.status()).isEqualTo(404);
        Binary mixed = p.api.bytes("/api/reports/production.xlsx?client_id=" + p.client + "&client_id=" + p.other
                + "&from=" + D1 + "&to=" + D2, bearer(p.leader));
        assertThat(mixed.status()).isEqualTo(404);
        assertThat(new String(mixed.body())).doesNotContain("Their line");
    }

    @Test
    void badParametersNameTheField() {
        assertField("/api/reports/kpi-summary.pdf?client_id=" + p.client + "&from=" + D2 + "&to=" + D1, "from");
        assertField("/api/reports/kpi-summary.pdf?client_id=" + p.client + "&from=2020-01-01&to=2024-01-02", "to");
        assertField("/api/reports/sales.pdf?" + window(p.client), "type");
        assertField("/api/reports/kpi-summary.docx?" + window(p.client), "format");
        assertField("/api/reports/kpi-summary.pdf?" + window(p.client) + "&lang=fr", "lang");
        assertField("/api/reports/quality.pdf?" + window(p.client) + "&line_id=" + p.line1, "line_id");
        assertField("/api/reports/kpi-summary.pdf?from=" + D1 + "&to=" + D2, "client_id");
    }

    private void assertField(String path, String field) {
        Response r = p.api.get(path, bearer(p.leader));
        assertThat(r.status()).as(path).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("field")).as(path).contains(field);
    }

    @Test
    void anOperatorGetsOnlyShiftReportsOfTheirClient() {
        String own = window(p.client) + "&shift_id=" + p.shift;
        Binary report = download("/api/reports/production.pdf?" + own, p.operator);
        assertThat(ReportFiles.pdfText(report.body())).contains("Production report", "Day");
        assertThat(p.api.bytes("/api/reports/kpi-summary.pdf?" + own, bearer(p.operator)).status()).isEqualTo(403);
        assertThat(p.api.bytes("/api/reports/attendance.xlsx?" + own, bearer(p.operator)).status()).isEqualTo(403);
        Response noShift = p.api.get("/api/reports/production.pdf?" + window(p.client), bearer(p.operator));
        assertThat(noShift.status()).isEqualTo(422);
        assertThat(noShift.json().get("errors").findValuesAsString("field")).contains("shift_id");
        assertThat(p.api.bytes("/api/reports/production.pdf?" + window(p.client2) + "&shift_id=" + p.shift,
                bearer(p.operator)).status()).isEqualTo(404);
    }

    @Test
    void theFileIsNamedAfterTypeClientAndPeriod() {
        Response r = p.api.get("/api/reports/kpi-summary.pdf?" + window(p.client), bearer(p.leader));
        String code = json("/api/clients/" + p.client, p.admin).get("code").asString();
        assertThat(r.header("Content-Disposition")).contains("attachment")
                .contains("kpi-summary_" + code + "_" + D1 + "_" + D2 + ".pdf");
    }
}
