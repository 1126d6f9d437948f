package io.kpiops.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.kpiops.reports.ReportDocument.Block;
import io.kpiops.reports.ReportDocument.Chart;
import io.kpiops.reports.ReportDocument.Field;
import io.kpiops.reports.ReportDocument.Note;
import io.kpiops.reports.ReportDocument.Percent;
import io.kpiops.reports.ReportDocument.Section;
import io.kpiops.reports.ReportDocument.Table;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Lays a report out as an A4 PDF with OpenPDF: a cover header with the title and scope, then each section with its
 * notes, tables (header row repeated when a table breaks across pages) and charts, and "page X of Y" on every page.
 * Arrows (↑ ↓ →) are set in the Symbol font, which the standard Helvetica lacks.
 */
@Component
class PdfReportWriter {

    private static final Color BRAND = new Color(15, 98, 254);
    private static final Color HEADER_FILL = new Color(224, 232, 250);
    private static final Color ZEBRA = new Color(246, 246, 246);
    /** Points a section needs below its heading to start on the current page (a heading and a few table rows). */
    private static final float MIN_SECTION_START = 140;
    /** The same when the section opens with a chart, which never splits. */
    private static final float MIN_CHART_START = ChartImages.HEIGHT + 80;

    private final BaseFont base = font(BaseFont.HELVETICA);
    private final BaseFont bold = font(BaseFont.HELVETICA_BOLD);
    private final BaseFont symbol = font(BaseFont.SYMBOL);

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, name.equals(BaseFont.SYMBOL) ? BaseFont.SYMBOL : BaseFont.WINANSI,
                    BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] write(ReportDocument report, ReportText t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PdfPageNumbers(base, report.title(), t.get("pdf.page_of")));
        doc.addTitle(report.title());
        doc.addCreator("KPI Operations");
        doc.open();
        cover(doc, report);
        for (Section s : report.sections()) {
            // a heading near the foot of a page would stay behind alone: start the section on the next page
            float needed = s.blocks().getFirst() instanceof Chart ? MIN_CHART_START : MIN_SECTION_START;
            if (writer.getVerticalPosition(true) - doc.bottom() < needed) {
                doc.newPage();
            }
            Paragraph heading = new Paragraph(s.title(), new Font(bold, 13, Font.NORMAL, BRAND));
            heading.setSpacingBefore(14);
            heading.setSpacingAfter(6);
            doc.add(heading);
            for (Block b : s.blocks()) {
                block(doc, b, t);
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private void cover(Document doc, ReportDocument report) {
        PdfPTable band = new PdfPTable(1);
        band.setWidthPercentage(100);
        PdfPCell title = new PdfPCell(new Phrase(report.title(), new Font(bold, 20, Font.NORMAL, Color.WHITE)));
        title.setBackgroundColor(BRAND);
        title.setBorder(0);
        title.setPadding(12);
        band.addCell(title);
        doc.add(band);
        PdfPTable scope = new PdfPTable(new float[] {1, 3});
        scope.setWidthPercentage(100);
        scope.setSpacingBefore(8);
        for (Field f : report.scope()) {
            scope.addCell(cell(f.label(), new Font(bold, 9), null, Element.ALIGN_LEFT));
            scope.addCell(cell(f.value(), new Font(base, 9), null, Element.ALIGN_LEFT));
        }
        doc.add(scope);
    }

    private void block(Document doc, Block b, ReportText t) {
        switch (b) {
            case Note n -> {
                Paragraph p = new Paragraph(n.text(), new Font(base, 9, Font.ITALIC, Color.DARK_GRAY));
                p.setSpacingAfter(4);
                doc.add(p);
            }
            case Table table -> table(doc, table, t);
            case Chart chart -> chart(doc, chart, t);
        }
    }

    private void table(Document doc, Table table, ReportText t) {
        if (table.title() != null) {
            Paragraph title = new Paragraph(table.title(), new Font(bold, 10));
            title.setSpacingBefore(6);
            title.setSpacingAfter(3);
            doc.add(title);
        }
        if (table.rows().isEmpty()) {
            doc.add(new Paragraph(table.emptyText(), new Font(base, 9, Font.ITALIC, Color.DARK_GRAY)));
            return;
        }
        PdfPTable pdf = new PdfPTable(widths(table, t));
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(false);
        pdf.setSpacingBefore(4); // clear of the descenders of a heading right above
        pdf.setSpacingAfter(6);
        Font header = new Font(bold, 8);
        for (String h : table.headers()) {
            pdf.addCell(cell(h, header, HEADER_FILL, Element.ALIGN_LEFT));
        }
        Font body = new Font(base, 8);
        int i = 0;
        for (var row : table.rows()) {
            Color fill = i++ % 2 == 1 ? ZEBRA : null;
            for (Object value : row) {
                boolean number = value instanceof Number || value instanceof Percent;
                pdf.addCell(cell(text(value, t), body, fill, number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
            }
        }
        doc.add(pdf);
    }

    /**
     * Relative column widths: room for the longest word of each column's header and first rows (within bounds), the
     * label column wider.
     */
    static float[] widths(Table table, ReportText t) {
        float[] widths = new float[table.headers().size()];
        for (int i = 0; i < widths.length; i++) {
            int longest = longestWord(table.headers().get(i));
            for (var row : table.rows().subList(0, Math.min(table.rows().size(), 50))) {
                longest = Math.max(longest, longestWord(text(row.get(i), t)));
            }
            widths[i] = Math.min(Math.max(longest, 6), 16);
        }
        widths[0] = Math.max(widths[0], 16);
        return widths;
    }

    /** A chart with its title in one unsplittable table, so the title never stays behind on the previous page. */
    private static int longestWord(String text) {
        return java.util.Arrays.stream(text.split("[ (]")).mapToInt(String::length).max().orElse(0);
    }

    private void chart(Document doc, Chart chart, ReportText t) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setKeepTogether(true);
        box.setSpacingBefore(6);
        PdfPCell title = new PdfPCell(new Phrase(chart.title(), new Font(bold, 10)));
        title.setBorder(0);
        title.setPaddingBottom(4);
        box.addCell(title);
        PdfPCell body;
        if (ChartImages.hasPoints(chart)) {
            try {
                Image image = Image.getInstance(ChartImages.png(chart, t.getOr("unit." + chart.unit(), chart.unit())));
                image.setAlt(chart.title());
                body = new PdfPCell(image, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            body = new PdfPCell(new Phrase(t.get("empty.chart"), new Font(base, 9, Font.ITALIC, Color.DARK_GRAY)));
        }
        body.setBorder(0);
        box.addCell(body);
        doc.add(box);
    }

    /** A cell value as the PDF writes it: numbers in the report's language with the API's scale. */
    static String text(Object value, ReportText t) {
        return switch (value) {
            case null -> "–";
            case Percent p -> t.number(p.value()) + " %";
            case BigDecimal d -> t.number(d);
            case Long l -> t.number(l);
            case Integer n -> t.number(n.longValue());
            case LocalDate d -> t.isoDate(d);
            default -> value.toString();
        };
    }

    private PdfPCell cell(String text, Font font, Color fill, int align) {
        PdfPCell c = new PdfPCell(phrase(text, font));
        c.setPadding(3);
        c.setHorizontalAlignment(align);
        c.setBorderColor(new Color(200, 200, 200));
        if (fill != null) {
            c.setBackgroundColor(fill);
        }
        return c;
    }

    /** The text with its arrows in the Symbol font. */
    private Phrase phrase(String text, Font font) {
        Phrase p = new Phrase();
        StringBuilder run = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '↑' || ch == '↓' || ch == '→') {
                if (!run.isEmpty()) {
                    p.add(new Chunk(run.toString(), font));
                    run.setLength(0);
                }
                p.add(new Chunk(String.valueOf(ch), new Font(symbol, font.getSize(), Font.NORMAL, font.getColor())));
            } else {
                run.append(ch);
            }
        }
        if (!run.isEmpty() || p.isEmpty()) {
            p.add(new Chunk(run.toString(), font));
        }
        return p;
    }
}
