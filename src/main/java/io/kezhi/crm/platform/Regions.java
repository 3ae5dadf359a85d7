package io.kezhi.crm.platform;

import java.util.List;
import java.util.Optional;

/**
 * China's administrative divisions (GB/T 2260: province, prefecture, county) with their six-digit
 * codes, for validating addresses, reading place names from import files and showing them.
 */
public interface Regions {

    /** A division; {@code parentCode} is null for provinces. */
    record Region(String code, String name, String parentCode, int level) {
    }

    Optional<Region> find(String code);

    /** The divisions directly below one (provinces for null). */
    List<Region> childrenOf(String parentCode);

    /**
     * Whether province, city and district codes name real divisions each inside the one before (any of
     * them may be null, but not one below a missing one).
     */
    boolean nested(String provinceCode, String cityCode, String districtCode);

    /**
     * The division with this name below the parent (provinces for a null parent). Names match with or
     * without their suffix: 北京 and 北京市, 广西 and 广西壮族自治区, 海淀 and 海淀区.
     */
    Optional<Region> byName(String parentCode, String name);

    /** The names of the given divisions joined for display, e.g. 北京市 东城区 (市辖区 left out). */
    String label(String provinceCode, String cityCode, String districtCode);
}
