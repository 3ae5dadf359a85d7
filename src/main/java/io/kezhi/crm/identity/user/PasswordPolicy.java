package io.kezhi.crm.identity.user;

import io.kezhi.crm.shared.error.ApiException;

/** At least 8 characters with both letters and digits. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (password.length() < MIN_LENGTH || !letter || !digit) {
            throw ApiException.invalidField(field, "validation.passwordWeak", MIN_LENGTH);
        }
    }
}
