package io.kpiops.imports.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a text file's bytes into text: UTF-8 (with or without byte-order mark), UTF-16 with a byte-order mark, or —
 * when the bytes are not valid UTF-8 — Windows-1252, the encoding Excel on Western European Windows saves "CSV" in
 * (with a warning, as accented letters are worth a look). Bytes that are no text (NUL bytes without a UTF-16 mark,
 * control characters) are refused.
 */
public final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final String LATIN1_WARNING =
            "The file is not valid UTF-8; it was read as Windows-1252 (Western European). Check accented letters.";

    private TextDecoding() {}

    public record Decoded(String text, String warning) {}

    public static Decoded decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(checked(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16")), null);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(checked(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16")), null);
        }
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        for (byte x : b) {
            if (x == 0) {
                throw UploadReader.refused("is not a text file (it contains NUL bytes); upload CSV or XLSX");
            }
        }
        try {
            return new Decoded(checked(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, start, b.length - start)).toString()), null);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(checked(strict(b, start, WINDOWS_1252, "UTF-8 or Windows-1252")), LATIN1_WARNING);
        }
    }

    private static String strict(byte[] b, int start, Charset charset, String name) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(b, start, b.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw UploadReader.refused("is not valid " + name + " text");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Refuses control characters other than tab, line feed and carriage return (a binary file, not text). */
    private static String checked(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                throw UploadReader.refused("contains control characters (line " + line + "); is it a binary file?");
            }
        }
        return text;
    }
}
