package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.spi.ImportField;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Proposes a field for each header: the field whose key, Chinese or English label or alias matches
 * it, ignoring case, spaces and required-field marks ({@code *客户名称}, {@code 名称（必填）}). Each field
 * is proposed once; unmatched headers map to null.
 */
final class ImportAutoMapping {

    private ImportAutoMapping() {
    }

    /** @param labels every label of a field (Chinese and English) */
    static Map<String, String> propose(List<String> headers, List<ImportField> fields,
            Function<ImportField, List<String>> labels) {
        Map<String, String> byName = new HashMap<>();
        for (ImportField field : fields) {
            byName.putIfAbsent(normalise(field.key()), field.key());
            labels.apply(field).forEach(label -> byName.putIfAbsent(normalise(label), field.key()));
            field.aliases().forEach(alias -> byName.putIfAbsent(normalise(alias), field.key()));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String header : headers) {
            String field = byName.get(normalise(header));
            mapping.put(header, field != null && used.add(field) ? field : null);
        }
        return mapping;
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s*＊:：_\\-]", "").replace("（必填）", "")
                .replace("(必填)", "").replace("(required)", "");
    }
}
