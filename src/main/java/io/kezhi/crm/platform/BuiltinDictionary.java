package io.kezhi.crm.platform;

import java.util.List;

/**
 * A value list a module needs, declared as a bean by that module; every company gets it when set up
 * (and existing companies at start-up when a newer version adds one). Administrators may then edit
 * labels, order and values; the codes a module relies on should not be deleted.
 */
public record BuiltinDictionary(String code, String name, String nameEn, List<Value> values) {

    public BuiltinDictionary {
        values = List.copyOf(values);
    }

    public record Value(String code, String label, String labelEn) {
    }
}
