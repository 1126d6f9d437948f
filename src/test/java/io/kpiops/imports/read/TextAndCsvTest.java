package io.kpiops.imports.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kpiops.platform.web.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndCsvTest {

    static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    @Test
    void utf8WithOrWithoutByteOrderMark() {
        assertThat(TextDecoding.decode("año".getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoding.Decoded("año", null));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(TextDecoding.decode(concat(bom, "año".getBytes(StandardCharsets.UTF_8))).text()).isEqualTo("año");
    }

    @Test
    void utf16OnlyWithByteOrderMark() {
        assertThat(TextDecoding.decode("\uFEFFaño;x".getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo("año;x");
        assertThat(TextDecoding.decode("\uFEFFaño;x".getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo("año;x");
        assertThatThrownBy(() -> TextDecoding.decode("año;x".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(ApiException.class).hasMessageContaining("1 rule");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() {
        TextDecoding.Decoded d = TextDecoding.decode("Café – 5 €".getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo("Café – 5 €");
        assertThat(d.warning()).isEqualTo(TextDecoding.LATIN1_WARNING);
    }

    @Test
    void binaryContentIsRefused() {
        assertThatThrownBy(() -> TextDecoding.decode(new byte[] {'a', 0, 'b'})).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors().getFirst().message()).contains("NUL"));
        assertThatThrownBy(() -> TextDecoding.decode("a,b\nc\u001Bd".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().getFirst().message()).contains("line 2"));
        assertThatThrownBy(() -> TextDecoding.decode(new byte[] {'a', (byte) 0x81, 'b'})).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> UploadReader.read("%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII), new Rows()))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> UploadReader.read(new byte[0], new Rows())).isInstanceOf(ApiException.class);
    }

    @Test
    void theSeparatorIsWhatTheHeaderHasMostOf() {
        assertThat(CsvRows.separator("a;b;c\n1,5;2;3")).isEqualTo(';');
        assertThat(CsvRows.separator("a\tb\n1,5\t2")).isEqualTo('\t');
        assertThat(CsvRows.separator("\"a;b\",c\n")).isEqualTo(',');
        assertThat(CsvRows.separator("\n\nname\n")).isEqualTo(',');
        assertThat(CsvRows.separator("\n\na;b\n")).isEqualTo(';');
    }

    @Test
    void rowNumbersAreTheSpreadsheetsEvenWithQuotedLineBreaksAndBlankLines() {
        Rows rows = new Rows();
        CsvRows.read("code;note\r\nA;\"two\nlines; and \"\"quotes\"\"\"\r\n\r\n;\nB;x\n", rows);
        assertThat(rows.header).containsExactly("code", "note");
        assertThat(rows.rows).extracting(Rows.Got::rowNumber).containsExactly(2, 5);
        assertThat(rows.rows.getFirst().cells()).containsExactly("A", "two\nlines; and \"quotes\"");
        assertThat(rows.rows.get(1).cells()).containsExactly("B", "x");
    }

    @Test
    void anUnclosedQuoteOrAFileWithoutHeaderIsRefused() {
        assertThatThrownBy(() -> CsvRows.read("a,b\n1,\"open\n2,3\n", new Rows()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().getFirst().message()).contains("row 2"));
        assertThatThrownBy(() -> CsvRows.read("\n ,\n", new Rows())).isInstanceOf(ApiException.class);
        Rows rows = new Rows();
        CsvRows.read("a,b", rows);
        assertThat(rows.header).isEqualTo(List.of("a", "b"));
    }
}
