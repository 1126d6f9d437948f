package io.kpiops.reports.subscriptions;

import io.kpiops.platform.tenancy.TenantScopes;
import io.kpiops.reports.RenderedReport;
import io.kpiops.reports.ReportFormat;
import io.kpiops.reports.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * TEST-ONLY stand-in for the real {@link ReportRenderer}, which is built on another branch: a one-page PDF or a
 * one-sheet workbook naming the request's type, clients and period. Imported only by the subscription ITs
 * ({@code @Import(TestReportRenderer.class)}); once the real renderer is merged, delete this class and those imports and
 * the ITs run against the real one (they assert only the attachments' type, name and non-empty content). Like the
 * real one it renders in the current tenant scope and refuses a client outside it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestReportRenderer {

    @Bean
    ReportRenderer testOnlyReportRenderer() {
        return (request, format) -> {
            request.clientIds().forEach(id -> TenantScopes.current().require(id, "Client " + id));
            String title = request.type().slug() + " clients " + request.clientIds() + " " + request.from() + " to " + request.to();
            String name = request.type().slug() + "_" + request.from() + "_" + request.to() + "." + format.extension();
            return new RenderedReport(name, format.contentType(), format == ReportFormat.PDF ? pdf(title) : xlsx(title));
        };
    }

    private static byte[] pdf(String title) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(title);
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] xlsx(String title) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Summary").createRow(0).createCell(0).setCellValue(title);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
