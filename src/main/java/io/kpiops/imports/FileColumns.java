package io.kpiops.imports;

import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's header matched to an import type's columns, and the reading of each row's cells into values. Headers
 * match a column's name or one of its aliases ignoring case and accents, with spaces, dashes, dots and other
 * punctuation taken as underscores ("Tiempo de ciclo" = tiempo_de_ciclo). Unknown columns are ignored with a warning;
 * a missing required column or two headers for the same column refuse the whole file (422).
 */
final class FileColumns {

    static final String FORMULA_LIKE = "looks like a spreadsheet formula (starts with =, +, -, @, tab or carriage return);"
            + " such values are not accepted";

    /** A column found in the file: its canonical name and the header it had there. */
    record Source(String name, String header) {}

    private final String[] byPosition;
    private final List<Source> sources;
    private final List<String> warnings;

    private FileColumns(String[] byPosition, List<Source> sources, List<String> warnings) {
        this.byPosition = byPosition;
        this.sources = sources;
        this.warnings = warnings;
    }

    static FileColumns match(ImportType type, List<String> headers) {
        Map<String, ImportColumn> known = index(type.columns());
        String[] byPosition = new String[headers.size()];
        Map<String, String> headerOf = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        int lastNamed = lastNonBlank(headers);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip().replace("\uFEFF", "");
            ImportColumn column = known.get(normalize(header));
            if (header.isEmpty()) {
                if (i < lastNamed) {
                    warnings.add("Column " + (i + 1) + " has no header; its values were ignored.");
                }
            } else if (column == null) {
                warnings.add("Column '" + header + "' is not a column of " + type.name() + "; it was ignored.");
            } else if (headerOf.containsKey(column.name())) {
                errors.add(new FieldError("file", "columns '" + headerOf.get(column.name()) + "' and '" + header
                        + "' both give " + column.name()));
            } else {
                headerOf.put(column.name(), header);
                byPosition[i] = column.name();
                sources.add(new Source(column.name(), header));
            }
        }
        for (ImportColumn c : type.columns()) {
            if (c.required() && !headerOf.containsKey(c.name())) {
                errors.add(new FieldError("file", "lacks the required column " + c.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new FileColumns(byPosition, List.copyOf(sources), List.copyOf(warnings));
    }

    /** Every accepted header (normalised) → its column; fails on an alias given to two columns (a coding error). */
    static Map<String, ImportColumn> index(List<ImportColumn> columns) {
        Map<String, ImportColumn> known = new HashMap<>();
        for (ImportColumn c : columns) {
            for (String name : aliasesOf(c)) {
                ImportColumn previous = known.put(normalize(name), c);
                if (previous != null && previous != c) {
                    throw new IllegalStateException("header '" + name + "' given to " + previous.name() + " and " + c.name());
                }
            }
        }
        return known;
    }

    private static List<String> aliasesOf(ImportColumn c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.add(c.name());
        return names;
    }

    /** "Tiempo de Ciclo (h)" → "tiempo_de_ciclo_h"; "Código" → "codigo". */
    static String normalize(String header) {
        String plain = ValueParsers.plainLower(header).replaceAll("[^a-z0-9]+", "_");
        int start = 0;
        int end = plain.length();
        while (start < end && plain.charAt(start) == '_') {
            start++;
        }
        while (end > start && plain.charAt(end - 1) == '_') {
            end--;
        }
        return plain.substring(start, end);
    }

    private static int lastNonBlank(List<String> headers) {
        for (int i = headers.size() - 1; i >= 0; i--) {
            if (headers.get(i) != null && !headers.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    List<Source> sources() {
        return sources;
    }

    List<String> warnings() {
        return warnings;
    }

    /**
     * A row's values keyed by column name (trimmed; empty cells left out) and the cells refused while reading: formula
     * cells, error values, and formula-like text, which is never kept.
     */
    Map<String, String> values(String[] cells, Map<Integer, String> refused, List<FieldError> readErrors) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < byPosition.length && i < cells.length; i++) {
            String column = byPosition[i];
            if (column == null) {
                continue;
            }
            if (refused != null && refused.containsKey(i)) {
                readErrors.add(new FieldError(column, refused.get(i)));
            } else {
                String value = clean(column, cells[i], readErrors);
                if (value != null) {
                    values.put(column, value);
                }
            }
        }
        return values;
    }

    /** A cell's value trimmed, or null when empty or refused as formula-like (then with an error on the column). */
    static String clean(String column, String raw, List<FieldError> readErrors) {
        if (raw == null) {
            return null;
        }
        if (ValueParsers.looksLikeFormula(raw)) {
            readErrors.add(new FieldError(column, FORMULA_LIKE));
            return null;
        }
        String value = raw.strip();
        return value.isEmpty() ? null : value;
    }
}
