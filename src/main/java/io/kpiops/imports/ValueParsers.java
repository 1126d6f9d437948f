package io.kpiops.imports;

import io.kpiops.clients.DateOrder;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How import values are read; every type goes through these rules (documented for users in docs/api.md).
 *
 * <p>Numbers: spaces (also non-breaking) are ignored; an optional sign; then digits with {@code .} or {@code ,}:
 * <ul>
 * <li>both present: the last one is the decimal separator, the other groups thousands ({@code 1.234,5} and
 *     {@code 1,234.5} are 1234.5);</li>
 * <li>one of them several times: thousands groups ({@code 1,234,567});</li>
 * <li>one dot once: the decimal point ({@code 1.234} is 1.234, as in the API and the templates);</li>
 * <li>one comma once: the decimal comma ({@code 1,5} is 1.5; {@code 0,125} is 0.125), except when it is followed by
 *     exactly three digits after one to three digits not starting with 0 ({@code 1,234}): that reads as 1.234 in
 *     Spanish and as 1234 in English, so it is refused as ambiguous;</li>
 * <li>thousands groups must have three digits; scientific notation ({@code 1E-3}) is read as such.</li>
 * </ul>
 * Whole numbers follow the same rules and must have no fractional part.
 */
final class ValueParsers {

    private ValueParsers() {}

    /** A value that cannot be read; cheap (no stack trace), as a file may hold thousands of them. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)[eE][+-]?\\d+");
    private static final Pattern NUMBER_CHARS = Pattern.compile("[0-9.,]*[0-9][0-9.,]*");

    static BigDecimal decimal(String raw) {
        String s = raw.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("\u2009", "");
        if (SCIENTIFIC.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!NUMBER_CHARS.matcher(s).matches()) {
            throw new Invalid("is not a number");
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        String plain;
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            plain = split(s, decimal, dot > comma ? ',' : '.');
        } else if (dot >= 0 || comma >= 0) {
            char sep = dot >= 0 ? '.' : ',';
            if (s.indexOf(sep) != s.lastIndexOf(sep)) {
                plain = grouped(s, sep);
            } else if (sep == ',' && ambiguousComma(s)) {
                throw new Invalid("is ambiguous: '" + raw.trim() + "' may mean " + s.replace(',', '.') + " or "
                        + s.replace(",", "") + "; write it without thousands separator or with a decimal point");
            } else {
                plain = split(s, sep, sep == '.' ? ',' : '.');
            }
        } else {
            plain = s;
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            return negative ? value.negate() : value;
        } catch (NumberFormatException e) {
            throw new Invalid("is not a number");
        }
    }

    /** Integer part (thousands groups allowed) and fraction at the decimal separator. */
    private static String split(String s, char decimal, char group) {
        int at = s.lastIndexOf(decimal);
        if (s.indexOf(decimal) != at) {
            throw new Invalid("is not a number");
        }
        String whole = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (fraction.indexOf(group) >= 0) {
            throw new Invalid("is not a number");
        }
        whole = whole.indexOf(group) >= 0 ? grouped(whole, group) : whole;
        return (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    /** Digits in thousands groups: 1 to 3 digits, then groups of exactly 3. */
    private static String grouped(String s, char group) {
        String[] parts = s.split(Pattern.quote(String.valueOf(group)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            throw new Invalid("has misplaced thousands separators");
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                throw new Invalid("has misplaced thousands separators");
            }
        }
        return String.join("", parts);
    }

    private static boolean ambiguousComma(String s) {
        int at = s.indexOf(',');
        String before = s.substring(0, at);
        return s.length() - at - 1 == 3 && !before.isEmpty() && before.length() <= 3 && before.charAt(0) != '0';
    }

    static int integer(String raw) {
        BigDecimal value = decimal(raw);
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new Invalid(value.stripTrailingZeros().scale() > 0 ? "must be a whole number" : "is too large");
        }
    }

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "si", "verdadero");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "falso");

    static boolean bool(String raw) {
        String s = plainLower(raw.trim());
        if (TRUE.contains(s)) {
            return true;
        }
        if (FALSE.contains(s)) {
            return false;
        }
        throw new Invalid("is not a yes/no value (true/false, yes/no, y/n, 1/0, sí/no)");
    }

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_LOCAL = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");
    private static final Pattern ISO_OFFSET = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final String TIME = "( \\d{1,2}:\\d{2}(:\\d{2})?)?";
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d{1,2}([/.-])\\d{1,2}\\1\\d{2}" + TIME);

    /**
     * Dates: {@code YYYY-MM-DD}, {@code YYYY-MM-DD HH:MM[:SS]} (date part), ISO instants with Z or an offset (the
     * date at the plant), {@code YYYY/MM/DD}, and day and month separated by {@code /}, {@code .} or {@code -} with a
     * four-digit year in the client's order (DMY or MDY); a time after such a date is ignored.
     */
    static LocalDate date(String raw, DateOrder order, ZoneId plantZone) {
        String s = raw.trim();
        try {
            Matcher m;
            if ((m = ISO_DATE.matcher(s)).matches() || (m = YEAR_FIRST.matcher(s)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = ISO_LOCAL.matcher(s)).matches()) {
                return LocalDate.parse(m.group(1));
            }
            if (ISO_OFFSET.matcher(s).matches()) {
                String offset = s.toUpperCase(Locale.ROOT).replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2");
                return OffsetDateTime.parse(offset).atZoneSameInstant(plantZone).toLocalDate();
            }
            if ((m = YEAR_LAST.matcher(s)).matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(3));
                int year = Integer.parseInt(m.group(4));
                return order == DateOrder.DMY ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
            }
        } catch (DateTimeException e) {
            throw new Invalid("is not a valid date");
        }
        if (SHORT_YEAR.matcher(s).matches()) {
            throw new Invalid("has a two-digit year; write the year with four digits");
        }
        throw new Invalid("is not a date; write it as YYYY-MM-DD");
    }

    /**
     * A value a spreadsheet would run as a formula when the file is opened (CSV injection): it starts with {@code =},
     * {@code @}, a tab or a carriage return, or with {@code +} or {@code -} not followed by a number.
     */
    static boolean looksLikeFormula(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        char first = raw.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        String s = raw.trim();
        if (s.isEmpty()) {
            return false;
        }
        first = s.charAt(0);
        if (first == '=' || first == '@') {
            return true;
        }
        if (first == '+' || first == '-') {
            return !isNumber(s);
        }
        return false;
    }

    private static boolean isNumber(String s) {
        try {
            decimal(s);
            return true;
        } catch (Invalid e) {
            return e.getMessage().startsWith("is ambiguous");
        }
    }

    /** Lower case without accents: "Sí" → "si", "Código" → "codigo". */
    static String plainLower(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
