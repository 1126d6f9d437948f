package io.kpiops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Admin!Plant26", "Operator!Plant26", "Xy7#qwerTy", "Zz9!Zz9!", "Ab1!2b3c4d"})
    void acceptsPasswordsThatMeetEveryRule(String password) {
        assertThat(PasswordPolicy.violations(password)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Ab1!xyz;must be 8 to 128 characters long",
        "ab1!xyzw;must contain an upper-case letter",
        "AB1!XYZW;must contain a lower-case letter",
        "Abc!xyzw;must contain a digit",
        "Abc1xyzw;must contain a special character such as ! @ # $ %",
        "Paaaa1!x;must not repeat a character 4 or more times in a row",
        "Pw!x1234;must not contain a sequence of 4 such as 1234, 4321 or abcd",
        "Pw!x4321;must not contain a sequence of 4 such as 1234, 4321 or abcd",
        "Pw!9ABCD;must not contain a sequence of 4 such as 1234, 4321 or abcd",
        "Pw!9zyxw;must not contain a sequence of 4 such as 1234, 4321 or abcd"
    })
    void namesTheBrokenRule(String password, String message) {
        assertThat(PasswordPolicy.violations(password)).containsExactly(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD123", "Changeme123", "Passw0rd"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThat(PasswordPolicy.violations(password)).contains("is too common");
    }

    @org.junit.jupiter.api.Test
    void listsEveryBrokenRuleAtOnce() {
        assertThat(PasswordPolicy.violations("aaaa")).containsExactly("must be 8 to 128 characters long",
                "must contain an upper-case letter", "must contain a digit",
                "must contain a special character such as ! @ # $ %",
                "must not repeat a character 4 or more times in a row");
    }

    @org.junit.jupiter.api.Test
    void sequencesMustBeOfOneKindAndConsecutive() {
        // "9:;<" are consecutive code points but not digits or letters; "12a4" is broken by a letter
        assertThat(PasswordPolicy.violations("Qw!x9:;<")).isEmpty();
        assertThat(PasswordPolicy.violations("Qw!x12a4")).isEmpty();
        assertThat(PasswordPolicy.violations("x".repeat(129) + "A1!")).contains("must be 8 to 128 characters long");
    }
}
