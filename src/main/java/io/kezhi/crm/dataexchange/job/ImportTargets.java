package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.spi.ImportTarget;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The import targets the modules declare, by key. */
@Component
public class ImportTargets {

    private final Map<String, ImportTarget<?>> targets;

    ImportTargets(List<ImportTarget<?>> targets) {
        this.targets = targets.stream().collect(Collectors.toUnmodifiableMap(ImportTarget::key, Function.identity()));
    }

    /** The target, or 404 for a key nobody declared. */
    public ImportTarget<?> require(String key) {
        ImportTarget<?> target = key == null ? null : targets.get(key);
        if (target == null) {
            throw ApiException.notFound("import.entity.target");
        }
        return target;
    }
}
