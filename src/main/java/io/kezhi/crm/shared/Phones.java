package io.kezhi.crm.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Phone numbers: validated with libphonenumber, mainland China by default, stored in E.164
 * ({@code +8613800138000}) so that lookups by number find every spelling of it.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "CN";

    private Phones() {
    }

    /**
     * The digits a person dials within the country (national significant number), for lookups:
     * {@code +8613800138000} gives {@code 13800138000}, {@code +861012345678} gives {@code 1012345678}.
     */
    public static Optional<String> nationalDigits(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw.trim(), DEFAULT_REGION);
            return Optional.of(UTIL.getNationalSignificantNumber(number));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * {@link #nationalDigits} of a number as {@link #normalise} stores it: a mainland number's digits
     * after {@code +86} without parsing it again (bulk work over many stored numbers), any other
     * number parsed.
     */
    public static Optional<String> storedNationalDigits(String stored) {
        if (stored != null && stored.length() > 3 && stored.startsWith("+86") && digitsFrom(stored, 3)) {
            return Optional.of(stored.substring(3));
        }
        return nationalDigits(stored);
    }

    private static boolean digitsFrom(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number in E.164, or empty when it is not a valid phone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw.trim(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A stored (E.164) number as people write it: national format for mainland numbers
     * ({@code 138 0013 8000}, {@code 010 1234 5678}), international format for others; what cannot
     * be parsed comes back as it is.
     */
    public static String display(String stored) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(stored.trim(), DEFAULT_REGION);
            boolean domestic = DEFAULT_REGION.equals(UTIL.getRegionCodeForNumber(number));
            return UTIL.format(number, domestic ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                    : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return stored;
        }
    }
}
