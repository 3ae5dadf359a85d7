package io.kezhi.bench.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.bench.values.RegionCatalog;
import org.junit.jupiter.api.Test;

class BranchTest {

    @Test
    void branchesAreInRealDivisionsWithDistricts() {
        RegionCatalog regions = RegionCatalog.load();
        for (Branch branch : Branch.ALL) {
            assertThat(regions.get(branch.provinceCode()).parentCode()).isNull();
            assertThat(regions.get(branch.cityCode()).parentCode()).isEqualTo(branch.provinceCode());
            assertThat(regions.childrenOf(branch.cityCode())).as(branch.name()).isNotEmpty();
            assertThat(regions.childrenOf(branch.provinceCode())).isNotEmpty();
        }
    }
}
