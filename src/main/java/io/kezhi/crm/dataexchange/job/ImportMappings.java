package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The mapping each user last chose for a file with a given set of headers, per target. */
@Component
class ImportMappings {

    private static final TypeReference<LinkedHashMap<String, String>> MAPPING = new TypeReference<>() {
    };

    private final TenantJdbc jdbc;
    private final JsonMapper json;
    private final Clock clock;

    ImportMappings(TenantJdbc jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    Optional<Map<String, String>> find(long userId, String target, String headerKey) {
        return jdbc.sql("SELECT mapping FROM import_mapping WHERE tenant_id = :tenantId AND user_id = :u"
                + " AND target = :t AND header_key = :h", Map.of("u", userId, "t", target, "h", headerKey))
                .query(String.class).optional().map(this::parse);
    }

    void remember(long userId, String target, String headerKey, Map<String, String> mapping) {
        Map<String, Object> params = Map.of("u", userId, "t", target, "h", headerKey);
        jdbc.sql("DELETE FROM import_mapping WHERE tenant_id = :tenantId AND user_id = :u AND target = :t"
                + " AND header_key = :h", params).update();
        jdbc.sql("INSERT INTO import_mapping (tenant_id, user_id, target, header_key, mapping, updated_at)"
                + " VALUES (:tenantId, :u, :t, :h, :m, :at)", Map.of("u", userId, "t", target, "h", headerKey,
                        "m", write(mapping), "at", clock.instant())).update();
    }

    String write(Map<String, String> mapping) {
        return json.writeValueAsString(mapping);
    }

    Map<String, String> parse(String mapping) {
        return mapping == null ? Map.of() : json.readValue(mapping, MAPPING);
    }
}
