package io.kpiops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's header rule, checked per code point, answers as Spring Security's default regular expression. */
class HeaderRuleTest {

    /** StrictHttpFirewall's default for header names and values. */
    private static final Pattern DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void everyCodePointIsJudgedAsByTheDefaultExpression() {
        List<Integer> disagreements = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String one = new String(Character.toChars(c));
            if (SecurityConfig.assignedAndNotControl(one) != DEFAULT.matcher(one).matches()) {
                disagreements.add(c);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aValueIsRefusedForAnyOneBadCharacter() {
        assertThat(SecurityConfig.assignedAndNotControl("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x-_~+/=")).isTrue();
        assertThat(SecurityConfig.assignedAndNotControl("Zoë 😀 Ωmega")).isTrue();
        assertThat(SecurityConfig.assignedAndNotControl("")).isTrue();
        assertThat(SecurityConfig.assignedAndNotControl("Bearer abc\r\nX-Injected: 1")).isFalse();
        assertThat(SecurityConfig.assignedAndNotControl("abc\u0085")).isFalse(); // a C1 control
        assertThat(SecurityConfig.assignedAndNotControl("abc\u0378")).isFalse(); // unassigned
    }
}
