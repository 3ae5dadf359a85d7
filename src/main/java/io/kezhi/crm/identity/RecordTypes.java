package io.kezhi.crm.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link RecordType} declared by the modules, by key. */
@Component
public class RecordTypes {

    private final Map<String, RecordType> byKey;

    RecordTypes(List<RecordType> types) {
        this.byKey = types.stream().collect(Collectors.toUnmodifiableMap(RecordType::key, Function.identity()));
    }

    public Optional<RecordType> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<RecordType> all() {
        return List.copyOf(byKey.values());
    }
}
