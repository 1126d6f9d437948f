package io.kpiops.platform.web;

/**
 * Cells of a CSV export: RFC 4180 quoting and protection against CSV (formula) injection. A text cell that starts with
 * {@code = + - @}, a tab or a carriage return is prefixed with a single quote, so that a spreadsheet shows it as text
 * instead of running it as a formula. Numbers (JSON numbers: counts, hours, ids) are written as they are, negative
 * ones included, since a spreadsheet reads {@code -5} as a number, never as a formula; the same text in a text field
 * (a note "-5 units short") is protected.
 */
public final class CsvCells {

    private CsvCells() {}

    /** A text value as it goes into a cell, protected and quoted where needed. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return quote(dangerous(value.charAt(0)) ? "'" + value : value);
    }

    /** A number (or boolean) as it goes into a cell: unchanged. */
    public static String number(String value) {
        return value == null ? "" : value;
    }

    private static boolean dangerous(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String quote(String value) {
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1));
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
