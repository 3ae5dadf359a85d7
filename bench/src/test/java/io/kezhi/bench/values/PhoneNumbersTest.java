package io.kezhi.bench.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.bench.organisation.Branch;
import io.kezhi.crm.shared.Phones;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void everyMobilePrefixGivesValidNumbers() {
        SplittableRandom random = new SplittableRandom(1);
        for (String prefix : PhoneNumbers.MOBILE_PREFIXES) {
            for (int i = 0; i < 50; i++) {
                String number = "+86" + prefix + Picks.digits(random, 8);
                assertThat(Phones.normalise(number)).as(number).isEqualTo(Optional.of(number));
            }
        }
    }

    @Test
    void landlinesOfEveryBranchCityAreValid() {
        SplittableRandom random = new SplittableRandom(2);
        for (String area : Branch.ALL.stream().map(Branch::areaCode).toList()) {
            for (int i = 0; i < 200; i++) {
                String number = PhoneNumbers.landline(random, area);
                assertThat(Phones.normalise(number)).as(number).isEqualTo(Optional.of(number));
                assertThat(Phones.nationalDigits(number)).contains(number.substring(3));
            }
        }
    }

    @Test
    void idNumbersCarryTheirCheckCharacter() {
        assertThat(IdNumbers.of("110105", java.time.LocalDate.of(1949, 12, 31), 2)).isEqualTo("11010519491231002X");
    }
}
