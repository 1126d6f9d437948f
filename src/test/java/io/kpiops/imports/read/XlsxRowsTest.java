package io.kpiops.imports.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRowsTest {

    @Test
    void cellsBecomeTextDatesIsoAndFormulasAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle stamp = wb.createCellStyle();
            stamp.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Sheet s = wb.createSheet("Orders");
            Row h = s.createRow(2); // the header need not be in the first row
            for (String name : new String[] {"code", "due", "qty", "sum", "at", "bad"}) {
                h.createCell(h.getPhysicalNumberOfCells()).setCellValue(name);
            }
            Row r = s.createRow(4);
            r.createCell(0).setCellValue("WO-1");
            r.createCell(1).setCellValue(LocalDate.of(2026, 3, 4));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue(1234567.5);
            r.createCell(3).setCellFormula("C5*2");
            r.createCell(4).setCellValue(LocalDateTime.of(2026, 3, 4, 6, 30));
            r.getCell(4).setCellStyle(stamp);
            r.createCell(5).setCellErrorValue(FormulaError.DIV0.getCode());
            Row sparse = s.createRow(5);
            sparse.createCell(2).setCellValue(0.1 + 0.2);
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("ignored");
            wb.write(out);
        }
        Rows rows = new Rows();
        var warnings = UploadReader.read(out.toByteArray(), rows);

        assertThat(warnings).containsExactly("The workbook has 2 worksheets; only the first, 'Orders', was read.");
        assertThat(rows.header).containsExactly("code", "due", "qty", "sum", "at", "bad");
        Rows.Got first = rows.rows.getFirst();
        assertThat(first.rowNumber()).isEqualTo(5);
        assertThat(first.cells()).containsExactly("WO-1", "2026-03-04", "1234567.5", null, "2026-03-04 06:30:00", null);
        assertThat(first.refused()).isEqualTo(Map.of(3, "formula cells are not accepted; enter the value itself",
                5, "the cell holds an error value (#DIV/0!)"));
        assertThat(rows.rows.get(1).rowNumber()).isEqualTo(6);
        assertThat(rows.rows.get(1).cells()).containsExactly(null, null, "0.3");
    }
}
