package io.kpiops.imports.read;

import io.kpiops.platform.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an XLSX workbook with POI's event (SAX) API: rows are pushed as they are parsed, so
 * memory holds the shared strings and one row, never the sheet. Formulas are never evaluated: a formula cell is
 * refused. Date-formatted numbers become ISO dates, other numbers plain decimals (15 significant digits, as Excel
 * shows them).
 */
final class XlsxRows {

    private XlsxRows() {}

    static List<String> read(byte[] content, RowHandler handler) {
        Path file = null;
        try {
            // from a file, POI inflates each part as it is read; from a stream it would hold the whole sheet in memory
            file = Files.createTempFile("kpi-import-", ".xlsx");
            Files.write(file, content);
            return read(file, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static List<String> read(Path file, RowHandler handler) {
        List<String> warnings = new ArrayList<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            SharedStrings strings = reader.getSharedStringsTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw UploadReader.refused("is a workbook without worksheets");
            }
            try (InputStream sheet = sheets.next()) {
                String name = sheets.getSheetName();
                SheetCells cells = new SheetCells(strings, reader.getStylesTable(), date1904, handler);
                parse(sheet, cells);
                cells.requireHeader();
                int others = 0;
                while (sheets.hasNext()) {
                    sheets.next().close();
                    others++;
                }
                if (others > 0) {
                    warnings.add("The workbook has " + (others + 1) + " worksheets; only the first, '" + name + "', was read.");
                }
            }
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw UploadReader.refused("is a ZIP archive but not a readable Excel workbook (.xlsx)");
        } finally {
            if (pkg != null) {
                pkg.revert(); // closes a package opened read-only
            }
        }
        return warnings;
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(xml));
        } catch (SAXException e) {
            if (e.getException() instanceof ApiException api) {
                throw api;
            }
            throw e;
        }
    }

    /** Whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String v = attributes.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
        }
        return found[0];
    }
}
