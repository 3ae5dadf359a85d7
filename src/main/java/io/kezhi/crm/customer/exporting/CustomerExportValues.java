package io.kezhi.crm.customer.exporting;

import io.kezhi.crm.customer.account.CustomerView;
import io.kezhi.crm.platform.Dictionaries;
import io.kezhi.crm.platform.Regions;
import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Customer values as people read them in an export: enum and dictionary labels in the caller's
 * language, region names, owner names, phones as dialled, times in the company's time zone.
 */
@Component
class CustomerExportValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Labels loaded once per export. */
    record Labels(Locale locale, MessageSource messages, Map<String, String> sources, Map<String, String> industries,
            Map<String, String> levels, Map<String, String> staffSizes, ZoneId zone) {

        String message(String key) {
            return messages.getMessage(key, null, key, locale);
        }
    }

    private final Dictionaries dictionaries;
    private final Regions regions;
    private final MessageSource messages;
    private final TenantJdbc jdbc;

    CustomerExportValues(Dictionaries dictionaries, Regions regions, MessageSource messages, TenantJdbc jdbc) {
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    Labels labels(Locale locale) {
        return new Labels(locale, messages, dictionaries.labels("customer_source", locale),
                dictionaries.labels("industry", locale), dictionaries.labels("customer_level", locale),
                dictionaries.labels("staff_size", locale), zone());
    }

    /** The company's time zone (Asia/Shanghai when unset or unknown). */
    ZoneId zone() {
        String zone = jdbc.sql("SELECT time_zone FROM company WHERE id = :tenantId").query(String.class).optional()
                .orElse(null);
        try {
            return zone == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("Asia/Shanghai");
        }
    }

    String cell(String column, CustomerView c, Labels labels) {
        return switch (column) {
            case "name" -> c.name();
            case "customerType" -> c.customerType() == null ? "" : labels.message("customer.customerType." + c.customerType());
            case "source" -> label(labels.sources(), c.source());
            case "industry" -> label(labels.industries(), c.industry());
            case "valueClass" -> c.valueClass() == null ? "" : labels.message("customer.valueClass." + c.valueClass());
            case "relationshipLevel" -> label(labels.levels(), c.relationshipLevel());
            case "status" -> c.status() == null ? "" : labels.message("customer.status." + c.status());
            case "lifecycleStage" -> c.lifecycleStage() == null ? ""
                    : labels.message("customer.lifecycleStage." + c.lifecycleStage());
            case "region" -> c.provinceCode() == null ? ""
                    : regions.label(c.provinceCode(), c.cityCode(), c.districtCode()).replace(' ', '/');
            case "address" -> c.address();
            case "staffSize" -> label(labels.staffSizes(), c.staffSize());
            case "phone" -> Phones.display(c.phone());
            case "phone2" -> Phones.display(c.phone2());
            case "email" -> c.email();
            case "website" -> c.website();
            case "idNumber" -> c.idNumber();
            case "membershipNo" -> c.membershipNo();
            case "points" -> String.valueOf(c.points());
            case "tags" -> String.join(",", c.tags());
            case "owner" -> c.ownerName();
            case "ownerDept" -> c.ownerDeptName();
            case "pool" -> c.poolName();
            case "lastFollowUpAt" -> time(c.lastFollowUpAt(), labels.zone());
            case "nextFollowUpAt" -> time(c.nextFollowUpAt(), labels.zone());
            case "createdAt" -> time(c.createdAt(), labels.zone());
            case "updatedAt" -> time(c.updatedAt(), labels.zone());
            case "remark" -> c.remark();
            default -> throw new IllegalArgumentException("No export column " + column);
        };
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
