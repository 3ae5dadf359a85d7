package io.kezhi.bench.values;

import io.kezhi.crm.shared.Phones;
import java.util.SplittableRandom;

/**
 * Mainland China numbers in E.164, as the application stores them after validation: mobiles with the
 * carriers' real prefixes, landlines with a city's area code and an eight-digit local number.
 */
public final class PhoneNumbers {

    /** Mobile prefixes in use (China Mobile, Unicom, Telecom, Broadnet); all valid for libphonenumber. */
    static final String[] MOBILE_PREFIXES = ("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158"
            + " 159 166 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199").split(" ");

    private PhoneNumbers() {
    }

    public static String mobile(SplittableRandom random) {
        return "+86" + Picks.one(random, MOBILE_PREFIXES) + Picks.digits(random, 8);
    }

    /**
     * A landline the application accepts: eight digits starting with 2-8 after the area code (all cities
     * here use eight), drawn again while libphonenumber (through the application's {@link Phones}) finds
     * the number unassigned, as it does for a few local ranges such as Shanghai's 8001.
     *
     * @param areaCode the city's area code without the trunk 0, e.g. 10 for Beijing, 571 for Hangzhou
     */
    public static String landline(SplittableRandom random, String areaCode) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String number = "+86" + areaCode + (char) ('2' + random.nextInt(7)) + Picks.digits(random, 7);
            if (Phones.normalise(number).isPresent()) {
                return number;
            }
        }
        throw new IllegalStateException("no valid landline found for area code " + areaCode);
    }
}
