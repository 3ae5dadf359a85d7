package io.kezhi.crm.customer.importing;

import io.kezhi.crm.customer.account.CustomerStatus;
import io.kezhi.crm.customer.account.CustomerType;
import io.kezhi.crm.customer.account.LifecycleStage;
import io.kezhi.crm.customer.account.ValueClass;
import io.kezhi.crm.platform.Dictionaries;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What reading customer rows needs to look up, loaded once per import: the value lists by code
 * and label, the enums by name and label in both languages, the company's active users by user
 * name and by full name.
 */
@Component
class CustomerImportLookups {

    /** A full name two users share: such an owner must be named by user name. */
    static final long AMBIGUOUS = -1L;

    record Loaded(Map<String, String> sources, Map<String, String> industries, Map<String, String> levels,
            Map<String, String> staffSizes, Map<String, CustomerType> types, Map<String, ValueClass> valueClasses,
            Map<String, CustomerStatus> statuses, Map<String, LifecycleStage> stages, Map<String, Long> users) {
    }

    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final TenantJdbc jdbc;

    CustomerImportLookups(Dictionaries dictionaries, MessageSource messages, TenantJdbc jdbc) {
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    Loaded load() {
        return new Loaded(dictionaries.codesByLabel("customer_source"), dictionaries.codesByLabel("industry"),
                dictionaries.codesByLabel("customer_level"), dictionaries.codesByLabel("staff_size"),
                enumLabels(CustomerType.class, "customer.customerType."),
                enumLabels(ValueClass.class, "customer.valueClass."),
                enumLabels(CustomerStatus.class, "customer.status."),
                enumLabels(LifecycleStage.class, "customer.lifecycleStage."), users());
    }

    /** A dictionary code for what a person typed: the code, the label, or the English label (any case). */
    static String code(Map<String, String> codes, String typed) {
        String code = codes.get(typed);
        return code != null ? code : codes.get(typed.toLowerCase(Locale.ROOT));
    }

    /** Constants by name, Chinese label and English label, lower case. */
    private <E extends Enum<E>> Map<String, E> enumLabels(Class<E> type, String prefix) {
        Map<String, E> byLabel = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byLabel.put(constant.name().toLowerCase(Locale.ROOT), constant);
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                String label = messages.getMessage(prefix + constant.name(), null, null, locale);
                if (label != null) {
                    byLabel.putIfAbsent(label.toLowerCase(Locale.ROOT), constant);
                }
            }
        }
        return byLabel;
    }

    private Map<String, Long> users() {
        Map<String, Long> byName = new HashMap<>();
        Map<String, Long> byDisplayName = new HashMap<>();
        jdbc.sql("SELECT id, username, display_name FROM app_user WHERE tenant_id = :tenantId AND deleted_at IS NULL"
                + " AND status = 'ACTIVE'").query((rs, n) -> {
                    byName.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1));
                    byDisplayName.merge(rs.getString(3), rs.getLong(1), (a, b) -> AMBIGUOUS);
                    return null;
                }).list();
        byDisplayName.forEach(byName::putIfAbsent);
        return byName;
    }
}
