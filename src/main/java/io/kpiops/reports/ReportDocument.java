package io.kpiops.reports;

import io.kpiops.kpi.EntryRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A report's content independent of its format: a title, the scope lines (clients, period, filters, generation time),
 * sections of blocks, and the raw-data table the workbook streams. The PDF and Excel writers lay out the same content,
 * so both show the same numbers.
 */
record ReportDocument(String title, List<Field> scope, List<Section> sections, RawData raw, boolean empty) {

    /** A labelled value of the scope header. */
    record Field(String label, String value) {}

    /** A titled part of the report; {@code sheet} is its short name as a workbook sheet. */
    record Section(String title, String sheet, List<Block> blocks) {}

    sealed interface Block permits Note, Table, Chart {}

    /** A sentence: an explanation, or a "no data" notice. */
    record Note(String text) implements Block {}

    /**
     * Rows of cells: String, Long, BigDecimal, LocalDate, {@link Percent} or null (no value). The first column of each
     * row is its label.
     */
    record Table(String title, List<String> headers, List<List<Object>> rows, String emptyText) implements Block {}

    /** A line chart of values per period (gaps stay gaps), one line per series. */
    record Chart(String title, String unit, List<Series> series) implements Block {}

    record Series(String name, List<LocalDate> periods, List<BigDecimal> values) {}

    /** A value in percent (85.3 = 85.3 %): the workbook stores 0.853 formatted as a percentage. */
    record Percent(BigDecimal value) {}

    /** The entries behind the report, streamed into the workbook's raw-data sheet. */
    record RawData(EntryRows.Table table, List<String> headers) {}
}
