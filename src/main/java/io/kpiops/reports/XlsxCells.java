package io.kpiops.reports;

import io.kpiops.reports.ReportDocument.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Typed workbook cells: whole numbers and decimals as numbers shown with the API's scale, percentages as fractions
 * (85.3 % is 0.853) formatted as percentages, days as dates, text as text; the styles are made once per workbook.
 */
final class XlsxCells {

    private final Workbook wb;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle label;

    XlsxCells(Workbook wb) {
        this.wb = wb;
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        label = wb.createCellStyle();
        label.setFont(bold);
    }

    void title(Row row, String text) {
        Cell c = row.createCell(0);
        c.setCellValue(text);
        c.setCellStyle(title);
    }

    void label(Row row, int column, String text) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(label);
    }

    void header(Row row, List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
        }
    }

    /** One typed cell; null leaves the cell blank. */
    void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(column);
        switch (value) {
            case Percent p -> {
                c.setCellValue(p.value().movePointLeft(2).doubleValue());
                c.setCellStyle(style(percentFormat(p.value().scale())));
            }
            case BigDecimal d -> {
                c.setCellValue(d.doubleValue());
                c.setCellStyle(style(decimalFormat(d.scale())));
            }
            case Long l -> {
                c.setCellValue(l);
                c.setCellStyle(style("#,##0"));
            }
            case Integer i -> {
                c.setCellValue(i);
                c.setCellStyle(style("#,##0"));
            }
            case LocalDate d -> {
                c.setCellValue(d);
                c.setCellStyle(style("yyyy-mm-dd"));
            }
            default -> c.setCellValue(value.toString());
        }
    }

    static String decimalFormat(int scale) {
        return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }

    static String percentFormat(int scale) {
        return scale <= 0 ? "0%" : "0." + "0".repeat(scale) + "%";
    }

    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        });
    }
}
