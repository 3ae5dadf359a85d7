package io.kezhi.crm.shared.spi;

import java.util.List;

/**
 * A field a column can be mapped to.
 *
 * @param key          the field's key in the mapping, e.g. {@code name}
 * @param labelKey     message key of its label (shown, and matched against headers)
 * @param aliases      other header texts that mean this field (客户名称, 名称, Name...), any case
 * @param required     whether a column must be mapped to it
 * @param policedField the field-policy field it writes (null: not policed)
 */
public record ImportField(String key, String labelKey, List<String> aliases, boolean required, String policedField) {

    public ImportField {
        aliases = List.copyOf(aliases);
    }
}
