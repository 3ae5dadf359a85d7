package io.kezhi.bench.values;

import java.time.LocalDate;

/** Mainland resident ID numbers (GB 11643): region, birth date, sequence and the MOD 11-2 check character. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdNumbers() {
    }

    /** @param sequence 0-999; odd for men, even for women */
    public static String of(String districtCode, LocalDate birthday, int sequence) {
        String body = districtCode + String.format("%04d%02d%02d%03d", birthday.getYear(), birthday.getMonthValue(),
                birthday.getDayOfMonth(), sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }
}
