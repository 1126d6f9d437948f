package io.kpiops.imports.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler of one worksheet's XML ({@code <row r><c r t s><f/><v/><is><t/></is></c></row>}): turns each row into
 * cell texts and hands it to a {@link RowHandler}, the first non-blank row as the header.
 */
final class SheetCells extends DefaultHandler {

    static final String FORMULA = "formula cells are not accepted; enter the value itself";
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final RowHandler handler;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private boolean headerSeen;
    private int rowNumber;
    private final List<String> cells = new ArrayList<>();
    private Map<Integer, String> refused;

    private int column;
    private String type;
    private String style;
    private boolean formula;
    private boolean inValue;
    private boolean inInline;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();

    SheetCells(SharedStrings strings, StylesTable styles, boolean date1904, RowHandler handler) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (localName) {
            case "row" -> {
                String r = a.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells.clear();
                refused = null;
                column = -1;
            }
            case "c" -> {
                String ref = a.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref);
                type = a.getValue("t");
                style = a.getValue("s");
                formula = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> inValue = true;
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInline && !inPhonetic) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> cell();
            case "row" -> row();
            default -> { }
        }
    }

    private void cell() {
        while (cells.size() <= column) {
            cells.add(null);
        }
        if (formula) {
            refuse(FORMULA);
            return;
        }
        String text = value.toString();
        if ("e".equals(type)) {
            refuse("the cell holds an error value (" + text + ")");
            return;
        }
        cells.set(column, switch (type == null ? "n" : type) {
            case "s" -> text.isEmpty() ? null : strings.getItemAt(Integer.parseInt(text.trim())).getString();
            case "b" -> "1".equals(text) ? "true" : "false";
            case "n" -> text.isEmpty() ? null : number(text);
            default -> text; // inlineStr, str, d (ISO date text)
        });
    }

    private void refuse(String why) {
        if (refused == null) {
            refused = new HashMap<>();
        }
        refused.put(column, why);
    }

    private String number(String raw) {
        if (style != null && isDateStyle(Integer.parseInt(style))) {
            LocalDateTime at = DateUtil.getLocalDateTime(Double.parseDouble(raw), date1904);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.format(DATE_TIME);
        }
        return new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle s = styles.getStyleAt(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }

    private void row() {
        boolean blank = refused == null && cells.stream().allMatch(c -> c == null || c.isBlank());
        if (blank) {
            return;
        }
        if (!headerSeen) {
            headerSeen = true;
            handler.header(cells.stream().map(c -> c == null ? "" : c).toList());
        } else {
            handler.row(rowNumber, cells.toArray(String[]::new), refused);
        }
    }

    void requireHeader() {
        if (!headerSeen) {
            throw UploadReader.refused("has no header row in its first worksheet");
        }
    }

    /** "B12" → 1 (zero-based column). */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return col - 1;
    }
}
