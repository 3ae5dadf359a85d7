package io.kezhi.crm.customer.importing;

import static io.kezhi.crm.customer.importing.CustomerImportFields.*;

import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.customer.account.CustomerProfiles;
import io.kezhi.crm.customer.account.CustomerStatus;
import io.kezhi.crm.customer.account.CustomerType;
import io.kezhi.crm.customer.account.LifecycleStage;
import io.kezhi.crm.platform.Regions;
import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.spi.ImportCheck;
import io.kezhi.crm.shared.spi.ImportFieldError;
import io.kezhi.crm.shared.spi.ImportKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads one row of a customer import into a validated {@link CustomerImportRow}: values by code or
 * label (either language), regions by name, owners by user name or full name, then the same
 * validation and normalisation as the API ({@link CustomerProfiles#validatedImport}). No query per
 * row: everything it looks up was loaded once for the file ({@link CustomerImportLookups}).
 */
@Component
class CustomerRowReader {

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern REGION_SEPARATORS = Pattern.compile("[/\\s,，、\\-]+");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，;；、|]+");
    private static final Map<String, Integer> MAX_LENGTH = Map.of(NAME, 200, ADDRESS, 300, EMAIL, 254, WEBSITE, 200,
            MEMBERSHIP_NO, 64, REMARK, 2000, ID_NUMBER, 32);

    private final CustomerProfiles profiles;
    private final Regions regions;

    CustomerRowReader(CustomerProfiles profiles, Regions regions) {
        this.profiles = profiles;
        this.regions = regions;
    }

    ImportCheck<CustomerImportRow> read(Map<String, String> raw, CustomerImportLookups.Loaded lookups) {
        List<ImportFieldError> errors = new ArrayList<>();
        Set<String> provided = new HashSet<>();
        raw.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                provided.add(field);
            }
        });
        Values v = new Values(raw, errors);
        v.lengths();
        String name = v.text(NAME);
        String phone = v.text(PHONE);
        boolean hasName = name != null;
        if (!hasName && phone == null) {
            errors.add(ImportFieldError.of(NAME, "NotBlank"));
        }
        CustomerType type = v.option(CUSTOMER_TYPE, lookups.types());
        var valueClass = v.option(VALUE_CLASS, lookups.valueClasses());
        CustomerStatus status = v.option(STATUS, lookups.statuses());
        LifecycleStage stage = v.option(LIFECYCLE_STAGE, lookups.stages());
        String source = v.code(SOURCE, lookups.sources());
        String industry = v.code(INDUSTRY, lookups.industries());
        String level = v.code(RELATIONSHIP_LEVEL, lookups.levels());
        String staffSize = v.code(STAFF_SIZE, lookups.staffSizes());
        String[] region = region(v, provided, errors);
        String email = v.text(EMAIL);
        if (email != null && !EMAIL_PATTERN.matcher(email).matches()) {
            errors.add(ImportFieldError.of(EMAIL, "Email"));
        }
        Long points = v.number(POINTS);
        Set<String> tags = new LinkedHashSet<>();
        String tagText = v.text(TAGS);
        if (tagText != null) {
            for (String tag : TAG_SEPARATORS.split(tagText)) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip());
                }
            }
        }
        Long ownerId = owner(v.text(OWNER), lookups.users(), errors);
        CustomerProfile profile = new CustomerProfile(hasName ? name : "-", type == null ? CustomerType.COMPANY : type,
                source, industry, valueClass, level, status == null ? CustomerStatus.ACTIVE : status,
                stage == null ? LifecycleStage.POTENTIAL : stage, region[0], region[1], region[2], v.text(ADDRESS),
                staffSize, phone, v.text(PHONE2), email, v.text(WEBSITE), v.text(ID_NUMBER), v.text(MEMBERSHIP_NO),
                points == null ? 0 : points, v.text(REMARK), tags);
        CustomerProfile valid = null;
        try {
            valid = profiles.validatedImport(profile);
        } catch (ApiException e) {
            for (FieldViolation violation : e.violations()) {
                errors.add(new ImportFieldError(fieldOf(violation.field(), provided), violation.messageKey(),
                        strings(violation.args())));
            }
        }
        if (!errors.isEmpty()) {
            return ImportCheck.failed(key(name, phone == null ? null : Phones.normalise(phone).orElse(null)), errors);
        }
        return ImportCheck.ok(new CustomerImportRow(valid, Set.copyOf(provided), ownerId, hasName),
                key(name, valid.phone()));
    }

    /**
     * What a row is matched on: its name in lower case (names differing only in case are the same
     * customer), or without a name its phone's digits (null when unreadable).
     */
    static ImportKey key(String name, String normalisedPhone) {
        if (name != null) {
            return new ImportKey(NAME, nameKey(name));
        }
        return Phones.storedNationalDigits(normalisedPhone).map(d -> new ImportKey(PHONE, d)).orElse(null);
    }

    /** A name as the dedupe key compares it. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Province, city and district codes from a "浙江省/杭州市/西湖区" column or from separate ones. */
    private String[] region(Values v, Set<String> provided, List<ImportFieldError> errors) {
        String[] codes = new String[3];
        List<String> names = new ArrayList<>();
        String field = REGION;
        String combined = v.text(REGION);
        if (combined != null) {
            names.addAll(List.of(REGION_SEPARATORS.split(combined)));
        } else {
            for (String part : new String[] {PROVINCE, CITY, DISTRICT}) {
                String name = v.text(part);
                if (name == null) {
                    break;
                }
                names.add(name);
                field = provided.contains(PROVINCE) ? PROVINCE : part;
            }
        }
        names.removeIf(String::isBlank);
        if (names.isEmpty()) {
            return codes;
        }
        if (names.size() > 3) {
            errors.add(ImportFieldError.of(field, "customer.validation.region"));
            return codes;
        }
        Optional<Regions.Region> province = division(null, names.get(0));
        if (province.isEmpty()) {
            errors.add(ImportFieldError.of(field, "customer.validation.region"));
            return codes;
        }
        codes[0] = province.get().code();
        if (names.size() == 1) {
            return codes;
        }
        Optional<Regions.Region> city = division(codes[0], names.get(1));
        if (city.isEmpty()) {
            // municipalities: 北京市/东城区 names the district directly below the city level (市辖区)
            for (Regions.Region level : regions.childrenOf(codes[0])) {
                Optional<Regions.Region> district = division(level.code(), names.get(1));
                if (district.isPresent() && names.size() == 2) {
                    codes[1] = level.code();
                    codes[2] = district.get().code();
                    return codes;
                }
            }
            errors.add(ImportFieldError.of(field, "customer.validation.region"));
            return codes;
        }
        codes[1] = city.get().code();
        if (names.size() == 3) {
            Optional<Regions.Region> district = division(codes[1], names.get(2));
            if (district.isEmpty()) {
                errors.add(ImportFieldError.of(field, "customer.validation.region"));
                return codes;
            }
            codes[2] = district.get().code();
        }
        return codes;
    }

    /** By name below the parent, or by its six-digit code. */
    private Optional<Regions.Region> division(String parentCode, String name) {
        if (REGION_CODE.matcher(name).matches()) {
            return regions.find(name).filter(r -> java.util.Objects.equals(r.parentCode(), parentCode));
        }
        return regions.byName(parentCode, name);
    }

    private static Long owner(String typed, Map<String, Long> users, List<ImportFieldError> errors) {
        if (typed == null) {
            return null;
        }
        Long id = users.get(typed.toLowerCase(Locale.ROOT));
        if (id == null) {
            id = users.get(typed);
        }
        if (id == null) {
            errors.add(ImportFieldError.of(OWNER, "customer.import.unknownOwner", typed));
            return null;
        }
        if (id == CustomerImportLookups.AMBIGUOUS) {
            errors.add(ImportFieldError.of(OWNER, "customer.import.ambiguousOwner", typed));
            return null;
        }
        return id;
    }

    /** The import field a profile violation concerns. */
    private static String fieldOf(String profileField, Set<String> provided) {
        return switch (profileField) {
            case "provinceCode", "cityCode", "districtCode" -> provided.contains(REGION) ? REGION
                    : provided.contains(PROVINCE) ? PROVINCE : REGION;
            default -> profileField;
        };
    }

    private static List<String> strings(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object arg : args) {
            out.add(String.valueOf(arg));
        }
        return out;
    }

    /** The row's cells with the small conversions every field needs. */
    private static final class Values {
        private final Map<String, String> raw;
        private final List<ImportFieldError> errors;

        Values(Map<String, String> raw, List<ImportFieldError> errors) {
            this.raw = raw;
            this.errors = errors;
        }

        String text(String field) {
            String value = raw.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }

        void lengths() {
            MAX_LENGTH.forEach((field, max) -> {
                String value = text(field);
                if (value != null && value.length() > max) {
                    errors.add(ImportFieldError.of(field, "customer.import.tooLong", String.valueOf(max)));
                }
            });
        }

        <E> E option(String field, Map<String, E> byLabel) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            E found = byLabel.get(value.toLowerCase(Locale.ROOT));
            if (found == null) {
                errors.add(ImportFieldError.of(field, "customer.import.unknownValue", value));
            }
            return found;
        }

        String code(String field, Map<String, String> codes) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            String code = CustomerImportLookups.code(codes, value);
            if (code == null) {
                errors.add(ImportFieldError.of(field, "customer.import.unknownValue", value));
            }
            return code;
        }

        Long number(String field) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                long n = Long.parseLong(value.replace(",", ""));
                if (n < 0 || n > 1_000_000_000_000L) {
                    errors.add(ImportFieldError.of(field, "validation.badValue"));
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                errors.add(ImportFieldError.of(field, "validation.badValue"));
                return null;
            }
        }
    }
}
