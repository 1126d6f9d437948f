package io.kpiops.imports.read;

import io.kpiops.platform.web.ApiException;
import java.util.List;

/**
 * Reads an uploaded file, whatever its name says, by what it is: an XLSX workbook (a ZIP holding one) through POI's
 * streaming reader, otherwise text in UTF-8, UTF-16 (with byte-order mark) or Windows-1252, parsed as CSV with its
 * separator detected. Anything else (PDF, other archives, old .xls, binary data) is refused with a 422 on {@code file}.
 */
public final class UploadReader {

    private UploadReader() {}

    /** Pushes the file's header and rows to the handler and returns warnings about how the file was read. */
    public static List<String> read(byte[] content, RowHandler handler) {
        if (content.length == 0) {
            throw refused("is empty");
        }
        if (startsWith(content, 'P', 'K', 3, 4)) {
            return XlsxRows.read(content, handler);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw refused("is an old Excel (.xls) or other Office file; save it as .xlsx or CSV");
        }
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            throw refused("is a PDF document, not a CSV or Excel file");
        }
        TextDecoding.Decoded text = TextDecoding.decode(content);
        CsvRows.read(text.text(), handler);
        return text.warning() == null ? List.of() : List.of(text.warning());
    }

    static ApiException refused(String message) {
        return ApiException.invalid("file", message);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
