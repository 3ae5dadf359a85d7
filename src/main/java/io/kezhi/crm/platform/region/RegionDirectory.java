package io.kezhi.crm.platform.region;

import io.kezhi.crm.platform.Regions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The division table ({@code region/gbt2260.tsv}), read once at start-up and kept in memory (~3,300 rows). */
@Component
class RegionDirectory implements Regions {

    private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州",
        "自治县", "地区", "新区", "省", "市", "区", "县", "盟", "旗"};
    private static final String CITY_DISTRICTS = "市辖区";

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();

    RegionDirectory() {
        ClassPathResource resource = new ClassPathResource("region/gbt2260.tsv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String parent = cells[2].isEmpty() ? null : cells[2];
                int level = parent == null ? 1 : byCode.get(parent).level() + 1;
                Region region = new Region(cells[0], cells[1], parent, level);
                byCode.put(region.code(), region);
                children.computeIfAbsent(Objects.toString(parent, ""), k -> new ArrayList<>()).add(region);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the region table", e);
        }
    }

    @Override
    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    @Override
    public List<Region> childrenOf(String parentCode) {
        return List.copyOf(children.getOrDefault(Objects.toString(parentCode, ""), List.of()));
    }

    @Override
    public boolean nested(String provinceCode, String cityCode, String districtCode) {
        if (districtCode != null && cityCode == null || cityCode != null && provinceCode == null) {
            return false;
        }
        return level(provinceCode, 1, null) && level(cityCode, 2, provinceCode) && level(districtCode, 3, cityCode);
    }

    private boolean level(String code, int level, String parent) {
        if (code == null) {
            return true;
        }
        Region region = byCode.get(code);
        return region != null && region.level() == level && Objects.equals(region.parentCode(), parent);
    }

    @Override
    public Optional<Region> byName(String parentCode, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.trim();
        List<Region> candidates = childrenOf(parentCode);
        Optional<Region> exact = candidates.stream().filter(r -> r.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String stem = stem(wanted);
        List<Region> matches = candidates.stream().filter(r -> stem(r.name()).equals(stem)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    @Override
    public String label(String provinceCode, String cityCode, String districtCode) {
        return Stream.of(provinceCode, cityCode, districtCode).map(this::find).flatMap(Optional::stream)
                .map(Region::name).filter(n -> !CITY_DISTRICTS.equals(n)).collect(Collectors.joining(" "));
    }

    private static String stem(String name) {
        for (String suffix : SUFFIXES) {
            if (name.length() > suffix.length() + 1 && name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
