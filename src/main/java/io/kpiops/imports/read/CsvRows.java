package io.kpiops.imports.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV parser (RFC 4180: quoted values may hold separators, quotes doubled, and line breaks) whose row numbers are
 * the spreadsheet's: one per record, blank records counted but not passed on. The separator is whichever of comma,
 * semicolon and tab the header line (outside quotes) has most of; comma when it has none.
 */
final class CsvRows {

    private final String text;
    private final char separator;
    private int pos;

    private CsvRows(String text) {
        this.text = text;
        this.separator = separator(text);
    }

    static void read(String text, RowHandler handler) {
        new CsvRows(text).parse(handler);
    }

    static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (comma + semicolon + tab > 0) {
                    break;
                }
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    private void parse(RowHandler handler) {
        int rowNumber = 0;
        boolean headerSeen = false;
        List<String> fields = new ArrayList<>();
        while (pos < text.length()) {
            rowNumber++;
            int startRow = rowNumber;
            fields.clear();
            readRecord(fields, startRow);
            if (fields.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (!headerSeen) {
                handler.header(List.copyOf(fields));
                headerSeen = true;
            } else {
                handler.row(startRow, fields.toArray(String[]::new), null);
            }
        }
        if (!headerSeen) {
            throw UploadReader.refused("has no header row");
        }
    }

    /** Reads one record into fields, up to and including its line break. */
    private void readRecord(List<String> fields, int rowNumber) {
        StringBuilder field = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                fields.add(field.toString());
                return;
            }
            char c = text.charAt(pos);
            if (c == '"' && field.isEmpty()) {
                readQuoted(field, rowNumber);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                pos++;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
                return;
            } else {
                field.append(c);
                pos++;
            }
        }
    }

    /** A quoted value; text after its closing quote up to the separator is kept as is (lenient, like spreadsheets). */
    private void readQuoted(StringBuilder field, int rowNumber) {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c != '"') {
                field.append(c);
            } else if (pos < text.length() && text.charAt(pos) == '"') {
                field.append('"');
                pos++;
            } else {
                return;
            }
        }
        throw UploadReader.refused("has a quoted value starting in row " + rowNumber + " that is never closed");
    }
}
