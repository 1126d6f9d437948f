package io.kpiops.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * "Page X of Y" at the foot of every page, with the report's title on the left: Y is not known until the end, so
 * each page refers to one template that is filled in when the document closes.
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final BaseFont font;
    private final String footer;
    private final String pageOf;
    private PdfTemplate total;

    /** {@code pageOf} is a pattern with {0} for the page number, followed by the total ("Page {0} of "). */
    PdfPageNumbers(BaseFont font, String footer, String pageOf) {
        this.font = font;
        this.footer = footer;
        this.pageOf = pageOf;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float y = document.bottomMargin() - 20;
        String text = pageOf.replace("{0}", String.valueOf(writer.getPageNumber()));
        float width = font.getWidthPoint(text, SIZE);
        float x = page.getWidth() - document.rightMargin() - width - 20;
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(document.leftMargin(), y);
        cb.showText(footer);
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.endText();
        cb.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
