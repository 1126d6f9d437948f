package io.kpiops.reports;

import io.kpiops.kpi.EntryRows;
import io.kpiops.kpi.KpiFilter;
import io.kpiops.reports.ReportDocument.Block;
import io.kpiops.reports.ReportDocument.Field;
import io.kpiops.reports.ReportDocument.Note;
import io.kpiops.reports.ReportDocument.Section;
import io.kpiops.reports.ReportDocument.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Lays a report out as an Excel workbook with POI's streaming SXSSF (only a window of rows in memory): a summary sheet
 * with the scope and the KPI table, a sheet per table of the other sections, and a raw-data sheet streamed from the
 * entries. Cells are typed (see {@link XlsxCells}); header rows are frozen and filtered; no formulas, so every number
 * is the one the PDF and the API show.
 */
@Component
class XlsxReportWriter {

    private static final int WINDOW = 200;
    private static final int MAX_SHEET_NAME = 31;

    private final EntryRows entries;

    XlsxReportWriter(EntryRows entries) {
        this.entries = entries;
    }

    byte[] write(ReportDocument report, ReportText t, KpiFilter filter) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        try {
            XlsxCells cells = new XlsxCells(wb);
            Set<String> names = new HashSet<>();
            List<Section> sections = report.sections();
            summary(wb, cells, names, report, t, sections.getFirst());
            for (Section s : sections.subList(1, sections.size())) {
                section(wb, cells, names, s);
            }
            raw(wb, cells, names, report, t, filter);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private void summary(SXSSFWorkbook wb, XlsxCells cells, Set<String> names, ReportDocument report, ReportText t,
            Section first) {
        SXSSFSheet sheet = wb.createSheet(name(names, t.get("sheet.summary")));
        int r = 0;
        cells.title(sheet.createRow(r++), report.title());
        for (Field f : report.scope()) {
            Row row = sheet.createRow(r++);
            cells.label(row, 0, f.label());
            cells.put(row, 1, f.value());
        }
        r++;
        cells.title(sheet.createRow(r++), first.title());
        blocks(sheet, cells, r, first.blocks());
    }

    /** A section's tables, one sheet each (the section's notes on the first). */
    private void section(SXSSFWorkbook wb, XlsxCells cells, Set<String> names, Section s) {
        List<Table> tables = s.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
        List<Block> notes = s.blocks().stream().filter(Note.class::isInstance).toList();
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            String sheetName = tables.size() == 1 || table.title() == null ? s.sheet() : table.title();
            SXSSFSheet sheet = wb.createSheet(name(names, sheetName));
            int r = 0;
            cells.title(sheet.createRow(r++), table.title() == null ? s.title() : table.title());
            List<Block> blocks = new ArrayList<>(i == 0 ? notes : List.of());
            blocks.add(table);
            blocks(sheet, cells, r, blocks);
        }
    }

    /** Notes then one table from row r: its header row frozen and filtered. */
    private static void blocks(SXSSFSheet sheet, XlsxCells cells, int r, List<Block> blocks) {
        for (Block b : blocks) {
            if (b instanceof Note n) {
                cells.put(sheet.createRow(r++), 0, n.text());
            }
        }
        for (Block b : blocks) {
            if (b instanceof Table table) {
                r++;
                int header = r;
                cells.header(sheet.createRow(r++), table.headers());
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        cells.put(row, c, values.get(c));
                    }
                }
                if (table.rows().isEmpty()) {
                    cells.put(sheet.createRow(r++), 0, table.emptyText());
                } else {
                    sheet.createFreezePane(0, header + 1);
                    sheet.setAutoFilter(new CellRangeAddress(header, r - 1, 0, table.headers().size() - 1));
                }
                widths(sheet, table.headers().size());
                return;
            }
        }
        widths(sheet, 2);
    }

    private void raw(SXSSFWorkbook wb, XlsxCells cells, Set<String> names, ReportDocument report, ReportText t,
            KpiFilter filter) {
        SXSSFSheet sheet = wb.createSheet(name(names, t.get("sheet.raw")));
        List<String> headers = report.raw().headers();
        cells.header(sheet.createRow(0), headers);
        int[] r = {1};
        entries.stream(report.raw().table(), filter, values -> {
            Row row = sheet.createRow(r[0]++);
            for (int c = 0; c < values.length; c++) {
                cells.put(row, c, values[c] instanceof Boolean b ? t.get(b ? "yes" : "no") : values[c]);
            }
        });
        if (r[0] == 1) {
            cells.put(sheet.createRow(r[0]++), 0, t.get("empty.raw"));
        } else {
            sheet.setAutoFilter(new CellRangeAddress(0, r[0] - 1, 0, headers.size() - 1));
        }
        sheet.createFreezePane(0, 1);
        widths(sheet, headers.size());
    }

    private static void widths(SXSSFSheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c == 0 ? 28 : 16) * 256);
        }
    }

    /** A valid sheet name (≤ 31 characters, no []:*?/\), unique in the workbook. */
    static String name(Set<String> used, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }
}
