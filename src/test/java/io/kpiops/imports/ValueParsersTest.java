package io.kpiops.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kpiops.clients.DateOrder;
import io.kpiops.platform.web.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.5|1.5", "1,5|1.5", "0,125|0.125", "1.234|1.234", "1.234,5|1234.5", "1,234.5|1234.5", "1.234.567|1234567",
        "1,234,567|1234567", "1,234,567.25|1234567.25", "-2,5|-2.5", "+3|3", ",5|0.5", "5.|5", "1 234,5|1234.5",
        "1\u00A0234.5|1234.5", "1E-3|0.001", "12,34|12.34", "1234,567|1234.567", "0012|12"})
    void numbersWithADecimalPointOrCommaWhenUnambiguous(String raw, String expected) {
        assertThat(ValueParsers.decimal(raw)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "-1,234", "999,000"})
    void aSingleCommaBeforeThreeDigitsIsAmbiguous(String raw) {
        assertThatThrownBy(() -> ValueParsers.decimal(raw)).hasMessageContaining("ambiguous");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3,4,5", "1,23,4", "12.34.5", "1,2.3,4", "--1", "1-2", "", "-", "1.2e", "١٢"})
    void otherTextIsNoNumber(String raw) {
        assertThatThrownBy(() -> ValueParsers.decimal(raw)).isInstanceOf(ValueParsers.Invalid.class);
    }

    @Test
    void wholeNumbersFollowTheSameRulesWithoutAFraction() {
        assertThat(ValueParsers.integer("12")).isEqualTo(12);
        assertThat(ValueParsers.integer("1.234.567")).isEqualTo(1_234_567);
        assertThat(ValueParsers.integer("4,0")).isEqualTo(4);
        assertThatThrownBy(() -> ValueParsers.integer("4,5")).hasMessage("must be a whole number");
        assertThatThrownBy(() -> ValueParsers.integer("99999999999")).hasMessage("is too large");
        assertThatThrownBy(() -> ValueParsers.integer("1,234")).hasMessageContaining("ambiguous");
    }

    @ParameterizedTest
    @CsvSource({"true,true", "YES,true", "y,true", "1,true", "sí,true", "Si,true", "false,false", "No,false", "n,false", "0,false"})
    void yesNoValuesInEnglishAndSpanish(String raw, boolean expected) {
        assertThat(ValueParsers.bool(raw)).isEqualTo(expected);
    }

    @Test
    void otherYesNoValuesAreRefused() {
        assertThatThrownBy(() -> ValueParsers.bool("maybe")).hasMessageContaining("yes/no");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-03-04|MDY|2026-03-04", "2026-3-4|DMY|2026-03-04", "2026-03-04 17:30:00|MDY|2026-03-04",
        "2026-03-04T17:30|DMY|2026-03-04", "2026/03/04|DMY|2026-03-04", "03/04/2026|MDY|2026-03-04",
        "03/04/2026|DMY|2026-04-03", "4.3.2026|DMY|2026-03-04", "04-03-2026|DMY|2026-03-04", "3/4/2026 08:15|MDY|2026-03-04",
        "2026-03-05T03:00:00Z|MDY|2026-03-04", "2026-03-04T23:00:00-0600|MDY|2026-03-04", "2026-03-04T12:00:00.250+01:00|DMY|2026-03-04"})
    void datesInIsoOrTheClientsOrder(String raw, DateOrder order, LocalDate expected) {
        assertThat(ValueParsers.date(raw, order, CHICAGO)).isEqualTo(expected);
    }

    @Test
    void impossibleOrUnclearDatesAreRefused() {
        assertThatThrownBy(() -> ValueParsers.date("13/25/2026", DateOrder.MDY, CHICAGO)).hasMessage("is not a valid date");
        assertThatThrownBy(() -> ValueParsers.date("2026-02-30", DateOrder.MDY, CHICAGO)).hasMessage("is not a valid date");
        assertThatThrownBy(() -> ValueParsers.date("03/04/26", DateOrder.MDY, CHICAGO)).hasMessageContaining("four digits");
        assertThatThrownBy(() -> ValueParsers.date("March 4", DateOrder.MDY, CHICAGO)).hasMessageContaining("YYYY-MM-DD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"x\")", "@SUM(A1)", "+cmd", "-2+3+cmd|' /C calc'!A0", "-", "\tdata", "\r=1", " =1"})
    void formulaLikeValuesAreRecognised(String raw) {
        assertThat(ValueParsers.looksLikeFormula(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "+3.25", "-1,234", "-0,5", "plain", "a=b", "", "  ", "e-mail"})
    void numbersAndPlainTextAreNoFormulas(String raw) {
        assertThat(ValueParsers.looksLikeFormula(raw)).isFalse();
    }

    @Test
    void theContextNamesTheColumnAndRemembersKeysOfTheFile() {
        ImportContext context = ImportContext.of(7, CHICAGO, DateOrder.DMY);
        List<FieldError> errors = new ArrayList<>();
        assertThat(context.date("due", "01/02/2026", errors)).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(context.decimal("qty", "x", errors)).isNull();
        assertThat(context.integer("count", null, errors)).isNull();
        assertThat(errors).containsExactly(new FieldError("qty", "is not a number"));

        errors.clear();
        assertThat(context.unique("code", "A", 2, errors)).isTrue();
        assertThat(context.unique("code", "A", 2, errors)).as("the same row again").isTrue();
        assertThat(context.unique("other", "A", 3, errors)).as("another key space").isTrue();
        assertThat(context.unique("code", "A", 5, errors)).isFalse();
        assertThat(errors).containsExactly(new FieldError("code", "'A' is already in row 2 of this file"));
    }
}
