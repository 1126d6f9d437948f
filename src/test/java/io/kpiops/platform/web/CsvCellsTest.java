package io.kpiops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CsvCellsTest {

    @Test
    void textStartingLikeAFormulaIsPrefixedWithAQuote() {
        assertThat(CsvCells.text("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvCells.text("+1 555")).isEqualTo("'+1 555");
        assertThat(CsvCells.text("-5 units short")).isEqualTo("'-5 units short");
        assertThat(CsvCells.text("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void plainTextIsUnchangedAndQuotedOnlyWhereCsvNeedsIt() {
        assertThat(CsvCells.text("Line 1")).isEqualTo("Line 1");
        assertThat(CsvCells.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.text("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
    }

    @Test
    void numbersStayNumbersEvenNegativeOnesWhileTheSameTextIsProtected() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(PageCsvConverter.cell(json.readTree("-5"))).isEqualTo("-5");
        assertThat(PageCsvConverter.cell(json.readTree("7.25"))).isEqualTo("7.25");
        assertThat(PageCsvConverter.cell(json.readTree("true"))).isEqualTo("true");
        assertThat(PageCsvConverter.cell(json.readTree("\"-5\""))).isEqualTo("'-5");
        assertThat(PageCsvConverter.cell(json.readTree("null"))).isEmpty();
        assertThat(PageCsvConverter.cell(json.readTree("[{\"a\":1}]"))).isEqualTo("\"[{\"\"a\"\":1}]\"");
    }
}
