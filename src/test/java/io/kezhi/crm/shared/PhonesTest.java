package io.kezhi.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void storedNumbersGiveTheSameDigitsWithoutParsingAsWithParsing() {
        for (String typed : List.of("138 0013 8000", "+86 139-0013-9000", "010-12345678", "0571 8765 4321",
                "400-810-8888", "+852 2123 4567", "+1 650 253 0000", "+44 20 7946 0018")) {
            String stored = Phones.normalise(typed).orElseThrow();
            assertThat(Phones.storedNationalDigits(stored)).as(typed).isEqualTo(Phones.nationalDigits(stored));
        }
        assertThat(Phones.storedNationalDigits("+8613800138000")).contains("13800138000");
        assertThat(Phones.storedNationalDigits(null)).isEmpty();
    }

    @Test
    void mainlandMobilesNormaliseWithoutParsingExactlyAsParsingDoes() {
        SplittableRandom random = new SplittableRandom(7);
        int fast = 0;
        for (int prefix = 100; prefix <= 199; prefix++) {
            for (int n = 0; n < 40; n++) {
                String digits = prefix + String.format("%08d", random.nextInt(100_000_000));
                for (String typed : List.of(digits, "+86" + digits, " +86 " + digits.substring(0, 3) + " "
                        + digits.substring(3, 7) + "-" + digits.substring(7) + " ", digits.substring(0, 3) + "-"
                        + digits.substring(3))) {
                    assertThat(Phones.normalise(typed)).as(typed).isEqualTo(Phones.parsed(typed));
                    if (Phones.MainlandMobile.e164(typed) != null) {
                        fast++;
                    }
                }
            }
        }
        assertThat(fast).as("numbers validated without parsing").isGreaterThan(4_000);
        for (String other : List.of("1380013800", "138001380001", "8613800138000", "+86 10 1234 5678",
                "010-12345678", "+852 9123 4567", "１３８００１３８０００", "138 0013 8000 ext. 12", "+86138-0013-800a")) {
            assertThat(Phones.MainlandMobile.e164(other)).as(other).isNull();
            assertThat(Phones.normalise(other)).as(other).isEqualTo(Phones.parsed(other));
        }
    }
}
