package io.kpiops.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules (8–128 characters; upper, lower, digit and special character; not a common password; no
 * character four times in a row; no run of four ascending or descending digits or letters). Returns every rule a
 * password breaks, so the user can fix them all at once.
 */
public final class PasswordPolicy {

    static final String SPECIALS = "!@#$%^&*()_+-=[]{}|;':\",./<>?`~\\";

    private static final Set<String> COMMON = Set.of("password", "password123", "123456", "12345678", "qwerty",
            "abc123", "monkey", "1234567", "letmein", "trustno1", "dragon", "baseball", "iloveyou", "master",
            "sunshine", "ashley", "bailey", "shadow", "123123", "654321", "superman", "qazwsx", "michael", "football",
            "password1", "password12", "passw0rd", "admin123", "root123", "welcome1", "welcome123", "changeme",
            "changeme123", "test123", "guest123");

    private PasswordPolicy() {}

    public static List<String> violations(String password) {
        List<String> broken = new ArrayList<>();
        if (password == null) {
            return List.of("is required");
        }
        if (password.length() < 8 || password.length() > 128) {
            broken.add("must be 8 to 128 characters long");
        }
        if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            broken.add("must contain an upper-case letter");
        }
        if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            broken.add("must contain a lower-case letter");
        }
        if (password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            broken.add("must contain a digit");
        }
        if (password.chars().noneMatch(c -> SPECIALS.indexOf(c) >= 0)) {
            broken.add("must contain a special character such as ! @ # $ %");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            broken.add("is too common");
        }
        if (hasRepeat(password)) {
            broken.add("must not repeat a character 4 or more times in a row");
        }
        if (hasSequence(password.toLowerCase(Locale.ROOT))) {
            broken.add("must not contain a sequence of 4 such as 1234, 4321 or abcd");
        }
        return broken;
    }

    private static boolean hasRepeat(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            if (s.charAt(i + 1) == c && s.charAt(i + 2) == c && s.charAt(i + 3) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSequence(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            if (sameClass(s, i) && (steps(s, i, 1) || steps(s, i, -1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClass(String s, int i) {
        boolean digits = true;
        boolean letters = true;
        for (int k = i; k < i + 4; k++) {
            char c = s.charAt(k);
            digits &= c >= '0' && c <= '9';
            letters &= c >= 'a' && c <= 'z';
        }
        return digits || letters;
    }

    private static boolean steps(String s, int i, int step) {
        for (int k = i; k < i + 3; k++) {
            if (s.charAt(k + 1) - s.charAt(k) != step) {
                return false;
            }
        }
        return true;
    }
}
