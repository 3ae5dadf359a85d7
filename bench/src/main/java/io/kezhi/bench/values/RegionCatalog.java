package io.kezhi.bench.values;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GB/T 2260 divisions the application validates against, read from the application's own
 * {@code region/gbt2260.tsv} (on the classpath through the application jar).
 */
public final class RegionCatalog {

    public record Region(String code, String name, String parentCode) {
    }

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();

    private RegionCatalog() {
    }

    public static RegionCatalog load() {
        RegionCatalog catalog = new RegionCatalog();
        try (InputStream in = RegionCatalog.class.getClassLoader().getResourceAsStream("region/gbt2260.tsv")) {
            if (in == null) {
                throw new IllegalStateException("region/gbt2260.tsv is not on the classpath: is the application jar?");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Region region = new Region(cells[0], cells[1], cells.length > 2 && !cells[2].isEmpty() ? cells[2] : null);
                catalog.byCode.put(region.code(), region);
                if (region.parentCode() != null) {
                    catalog.children.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalog;
    }

    public Region get(String code) {
        Region region = byCode.get(code);
        if (region == null) {
            throw new IllegalArgumentException("no GB/T 2260 division " + code);
        }
        return region;
    }

    public boolean exists(String code) {
        return byCode.containsKey(code);
    }

    public List<Region> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }
}
