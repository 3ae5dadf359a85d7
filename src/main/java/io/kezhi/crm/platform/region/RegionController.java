package io.kezhi.crm.platform.region;

import io.kezhi.crm.platform.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Regions", description = "行政区划（GB/T 2260）")
class RegionController {

    /** A division with the divisions below it. */
    record RegionNode(String code, String name, List<RegionNode> children) {
    }

    private final Regions regions;
    private final List<RegionNode> tree;

    RegionController(Regions regions) {
        this.regions = regions;
        this.tree = nodes(null);
    }

    @GetMapping("/api/v1/regions")
    @Operation(summary = "Provinces, prefectures and counties as a tree, for address pickers")
    ResponseEntity<List<RegionNode>> tree() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(tree);
    }

    private List<RegionNode> nodes(String parent) {
        return regions.childrenOf(parent).stream()
                .map(r -> new RegionNode(r.code(), r.name(), r.level() < 3 ? nodes(r.code()) : List.of())).toList();
    }
}
