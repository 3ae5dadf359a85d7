package io.kezhi.crm.platform;

import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * For modules whose fields take dictionary values: checks that a code belongs to a list. Disabled
 * values stay valid for records that already hold them; callers decide whether new ones may use them.
 */
@Component
public class Dictionaries {

    private final TenantJdbc jdbc;

    Dictionaries(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isValue(String typeCode, String itemCode, boolean enabledOnly) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM dict_item i JOIN dict_type t ON t.id = i.type_id
                WHERE i.tenant_id = :tenantId AND t.code = :type AND i.code = :code AND i.deleted_at IS NULL"""
                + (enabledOnly ? " AND i.enabled = TRUE" : ""), Map.of("type", typeCode, "code", itemCode))
                .query(Long.class).single() > 0;
    }

    /** 400 naming the field unless the value is an enabled entry of the list (null passes). */
    public void requireValue(String field, String typeCode, String itemCode) {
        if (itemCode != null && !isValue(typeCode, itemCode, true)) {
            throw ApiException.invalidField(field, "validation.dictionaryValue", itemCode);
        }
    }

    /**
     * Code to label of every entry of a list (deleted ones included, so old records still read well),
     * in English when the locale is English and the entry has an English label.
     */
    public Map<String, String> labels(String typeCode, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT i.code, i.label, i.label_en FROM dict_item i JOIN dict_type t ON t.id = i.type_id
                WHERE i.tenant_id = :tenantId AND t.code = :type ORDER BY i.sort_order, i.id""",
                Map.of("type", typeCode))
                .query((rs, n) -> labels.put(rs.getString(1), english && rs.getString(3) != null
                        && !rs.getString(3).isBlank() ? rs.getString(3) : rs.getString(2))).list();
        return labels;
    }

    /**
     * The code of each enabled entry looked up by its code, its label or its English label (lower
     * case), for reading values people type into import files.
     */
    public Map<String, String> codesByLabel(String typeCode) {
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("""
                SELECT i.code, i.label, i.label_en FROM dict_item i JOIN dict_type t ON t.id = i.type_id
                WHERE i.tenant_id = :tenantId AND t.code = :type AND i.deleted_at IS NULL AND i.enabled = TRUE""",
                Map.of("type", typeCode))
                .query((rs, n) -> {
                    codes.put(rs.getString(1), rs.getString(1));
                    codes.putIfAbsent(rs.getString(2), rs.getString(1));
                    if (rs.getString(3) != null) {
                        codes.putIfAbsent(rs.getString(3).toLowerCase(Locale.ROOT), rs.getString(1));
                    }
                    return null;
                }).list();
        return codes;
    }
}
