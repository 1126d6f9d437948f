package io.kpiops.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV the API hands out (rejected rows, templates): UTF-8 with a byte-order mark so that Excel reads accents,
 * comma-separated, CRLF line ends, quoted where needed, and neutralised against CSV injection — a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe so that a spreadsheet
 * shows it as text instead of running it.
 */
final class CsvOutput {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    CsvOutput line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf(';') >= 0 || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
