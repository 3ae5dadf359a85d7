package io.kezhi.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
