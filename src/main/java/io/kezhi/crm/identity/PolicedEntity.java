package io.kezhi.crm.identity;

import java.util.List;

/**
 * A record type whose fields roles can hide or make read-only, declared as a bean by its module.
 * Field names are the JSON property names of the API.
 */
public record PolicedEntity(String key, String labelKey, List<Field> fields) {

    public PolicedEntity {
        fields = List.copyOf(fields);
    }

    public record Field(String name, String labelKey) {
    }

    public boolean hasField(String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name));
    }
}
