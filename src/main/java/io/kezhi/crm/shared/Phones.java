package io.kezhi.crm.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /**
     * The number in E.164, or empty when it is not a valid phone number. A mainland mobile number as
     * people write it (11 digits, perhaps after {@code +86}, perhaps with spaces or dashes) is checked
     * against libphonenumber's own patterns for mainland numbers without parsing it ({@link MainlandMobile});
     * anything else is parsed.
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String mobile = MainlandMobile.e164(raw);
        return mobile != null ? Optional.of(mobile) : parsed(raw);
    }

    /** {@link #normalise} by parsing, whatever the number looks like. */
    static Optional<String> parsed(String raw) {
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

    /**
     * The commonest number in a Chinese CRM, a mainland mobile, validated the way
     * {@code PhoneNumberUtil.isValidNumber} does (the national number matches the region's general
     * and mobile descriptions: possible lengths and pattern) but with the two patterns compiled once:
     * parsing and the full validity check run a dozen regular expressions per number, the largest part
     * of importing customers. What does not look like such a number, or does not match, is left to
     * parsing ({@code null}), so the result is always the one parsing gives.
     */
    static final class MainlandMobile {

        private static final int LENGTH = 11;
        private static final Phonemetadata.PhoneMetadata CN = DefaultMetadataDependenciesProvider.getInstance()
                .getPhoneNumberMetadataSource().getMetadataForRegion(DEFAULT_REGION);
        private static final Pattern GENERAL = Pattern.compile(CN.getGeneralDesc().getNationalNumberPattern());
        private static final Pattern MOBILE = Pattern.compile(CN.getMobile().getNationalNumberPattern());
        private static final boolean LENGTH_POSSIBLE = possible(CN.getGeneralDesc())
                && possible(CN.getMobile().getPossibleLengthCount() > 0 ? CN.getMobile() : CN.getGeneralDesc());

        private MainlandMobile() {
        }

        /** {@code +86} and the 11 digits, or {@code null} when parsing must decide. */
        static String e164(String raw) {
            if (!LENGTH_POSSIBLE) {
                return null;
            }
            int at = skipSeparators(raw, 0);
            if (raw.startsWith("+86", at)) {
                at += 3;
            }
            char[] digits = new char[LENGTH];
            int count = 0;
            for (at = skipSeparators(raw, at); at < raw.length(); at = skipSeparators(raw, at + 1)) {
                char c = raw.charAt(at);
                if (c < '0' || c > '9' || count == LENGTH) {
                    return null;
                }
                digits[count++] = c;
            }
            if (count != LENGTH || digits[0] != '1') {
                return null;
            }
            String national = new String(digits);
            return GENERAL.matcher(national).matches() && MOBILE.matcher(national).matches() ? "+86" + national : null;
        }

        private static int skipSeparators(String raw, int at) {
            while (at < raw.length() && (raw.charAt(at) == ' ' || raw.charAt(at) == '-')) {
                at++;
            }
            return at;
        }

        private static boolean possible(Phonemetadata.PhoneNumberDesc desc) {
            return desc.getPossibleLengthCount() == 0 || desc.getPossibleLengthList().contains(LENGTH);
        }
    }
}
