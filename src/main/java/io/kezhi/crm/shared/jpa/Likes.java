package io.kezhi.crm.shared.jpa;

import java.util.Locale;

/**
 * LIKE patterns from user input, with {@code !} as the escape character (backslash means different
 * things in PostgreSQL and MariaDB string literals; {@code !} means nothing special in either).
 */
public final class Likes {

    public static final char ESCAPE = '!';

    private Likes() {
    }

    /** {@code %input%}, lower-cased, with wildcards in the input taken literally. */
    public static String contains(String input) {
        return "%" + escape(input.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** {@code input%}, with wildcards in the input taken literally. */
    public static String startsWith(String input) {
        return escape(input) + "%";
    }

    public static String escape(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
