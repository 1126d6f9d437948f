package io.kpiops.imports.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A {@link RowHandler} that keeps what it is given, for assertions. */
class Rows implements RowHandler {

    record Got(int rowNumber, List<String> cells, Map<Integer, String> refused) {}

    List<String> header;
    final List<Got> rows = new ArrayList<>();

    @Override
    public void header(List<String> names) {
        header = names;
    }

    @Override
    public void row(int rowNumber, String[] cells, Map<Integer, String> refused) {
        rows.add(new Got(rowNumber, Arrays.asList(cells), refused));
    }
}
