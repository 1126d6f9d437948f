package io.kpiops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.EntryRows;
import io.kpiops.reports.ReportDocument.Chart;
import io.kpiops.reports.ReportDocument.Field;
import io.kpiops.reports.ReportDocument.Note;
import io.kpiops.reports.ReportDocument.Percent;
import io.kpiops.reports.ReportDocument.RawData;
import io.kpiops.reports.ReportDocument.Section;
import io.kpiops.reports.ReportDocument.Series;
import io.kpiops.reports.ReportDocument.Table;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

    private static ReportDocument document(int rows) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            data.add(Arrays.asList("Row " + i, (long) i, new Percent(new BigDecimal("50.25")), LocalDate.of(2026, 1, 5)));
        }
        Chart chart = new Chart("OEE", "%", List.of(new Series("OEE", List.of(LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 6)), List.of(new BigDecimal("70.5"), new BigDecimal("72.25")))));
        return new ReportDocument("Test report", List.of(new Field("Clients", "ACME")), List.of(
                new Section("Long table", "Long", List.of(new Note("A note."), new Table(null,
                        List.of("Name", "Count", "Share", "Day"), data, "none"))),
                new Section("Chart", "Chart", List.of(chart))),
                new RawData(EntryRows.Table.PRODUCTION, List.of()), false);
    }

    @Test
    void aLongTableBreaksAcrossPagesRepeatingItsHeaderAndEveryPageIsNumbered() throws IOException {
        byte[] pdf = new PdfReportWriter().write(document(150), new ReportText(Locale.ENGLISH));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                assertThat(text).contains("Page " + p + " of " + pages);
                if (p > 1 && text.contains("Row ")) {
                    assertThat(text).as("page %d repeats the header", p).contains("Name Count Share Day");
                }
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc)).contains("Row 150 150 50.25 % 2026-01-05", "Test report", "ACME");
        }
    }

    @Test
    void chartsAreImagesOfAtLeast150Dpi() throws IOException {
        Chart chart = (Chart) document(1).sections().get(1).blocks().getFirst();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart, "%")));
        // laid out at WIDTH points = WIDTH / 72 inches
        double dpi = image.getWidth() / (ChartImages.WIDTH / 72.0);
        assertThat(dpi).isGreaterThanOrEqualTo(150);
        assertThat(ChartImages.hasPoints(chart)).isTrue();
        assertThat(ChartImages.hasPoints(new Chart("x", "%", List.of(new Series("x", List.of(), List.of())))))
                .isFalse();
    }
}
