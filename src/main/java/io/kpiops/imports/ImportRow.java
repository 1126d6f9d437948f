package io.kpiops.imports;

import java.util.Map;

/** A data row of an import: its spreadsheet row number and its values keyed by canonical column name. */
public record ImportRow(int rowNumber, Map<String, String> values) {}
