package io.kpiops.reports;

import io.kpiops.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class ReportController {

    private final ReportRenderer reports;

    ReportController(ReportRenderer reports) {
        this.reports = reports;
    }

    @GetMapping("/{file}")
    @Operation(summary = "A report as a PDF or Excel workbook: {type}.pdf or {type}.xlsx with type kpi-summary, "
            + "production, quality, downtime, attendance or work-orders, over production days [from, to] of one or "
            + "more clients; the KPI figures are the KPI API's for the same parameters")
    @ApiResponse(responseCode = "200", content = {
        @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> report(
            @Parameter(description = "{type}.{pdf|xlsx}, e.g. kpi-summary.pdf") @PathVariable String file,
            @Parameter(description = "One or more clients (repeat the parameter)")
            @RequestParam(name = "client_id", required = false) List<Long> clientIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "shift_id", required = false) Long shiftId,
            @RequestParam(name = "line_id", required = false) Long lineId,
            @RequestParam(name = "product_id", required = false) Long productId,
            @Parameter(description = "en (default) or es") @RequestParam(required = false, defaultValue = "en")
            String lang) {
        int dot = file.lastIndexOf('.');
        ReportType type = type(dot < 0 ? file : file.substring(0, dot));
        ReportFormat format = format(dot < 0 ? "" : file.substring(dot + 1));
        RenderedReport report = reports.render(new ReportRequest(type, clientIds == null ? List.of() : clientIds,
                from, to, shiftId, lineId, productId, language(lang)), format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(report.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(report.content());
    }

    static ReportType type(String slug) {
        return Arrays.stream(ReportType.values()).filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> ApiException.invalid("type", "unknown report '" + slug + "'; one of " + Arrays
                        .stream(ReportType.values()).map(ReportType::slug).collect(Collectors.joining(", "))));
    }

    static ReportFormat format(String extension) {
        return Arrays.stream(ReportFormat.values()).filter(f -> f.extension().equals(extension)).findFirst()
                .orElseThrow(() -> ApiException.invalid("format", "must be pdf or xlsx"));
    }

    static Locale language(String lang) {
        return switch (lang) {
            case "en" -> Locale.ENGLISH;
            case "es" -> ReportText.SPANISH;
            default -> throw ApiException.invalid("lang", "must be en or es");
        };
    }
}
