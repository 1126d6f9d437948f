package io.kpiops.imports.read;

import java.util.List;
import java.util.Map;

/** Receives a file's rows in order as they are read (so that 100 000 rows never sit in memory at once). */
public interface RowHandler {

    /** The header: the first row that is not blank. */
    void header(List<String> names);

    /**
     * A data row that is not blank.
     *
     * @param rowNumber the spreadsheet row (header = 1 when it is the first row)
     * @param cells     raw cell texts by column position (not trimmed; null or empty when the cell is empty)
     * @param refused   column position → why the cell's content was refused while reading (a formula cell, an error
     *                  value), or null when no cell was
     */
    void row(int rowNumber, String[] cells, Map<Integer, String> refused);
}
