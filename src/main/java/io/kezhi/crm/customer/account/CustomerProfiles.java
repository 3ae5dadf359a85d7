package io.kezhi.crm.customer.account;

import io.kezhi.crm.platform.Dictionaries;
import io.kezhi.crm.platform.Regions;
import io.kezhi.crm.shared.Phones;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns create and patch requests into a validated, normalised {@link CustomerProfile}, reporting
 * every invalid field at once: dictionary codes, phone numbers (stored as E.164), region codes
 * (GB/T 2260, province → city → district), mainland ID numbers (with check digit), website, tags.
 */
@Component
public class CustomerProfiles {

    static final String SOURCE = "customer_source";
    static final String INDUSTRY = "industry";
    static final String LEVEL = "customer_level";
    static final String STAFF_SIZE = "staff_size";

    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}"
            + "(:\\d{1,5})?(/\\S*)?$");
    private static final Pattern ID_NUMBER = Pattern.compile("^\\d{17}[\\dX]$");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();

    private final Dictionaries dictionaries;
    private final Regions regions;

    CustomerProfiles(Dictionaries dictionaries, Regions regions) {
        this.dictionaries = dictionaries;
        this.regions = regions;
    }

    public CustomerProfile fromCreate(CustomerRequests.CreateCustomer r) {
        CustomerProfile raw = new CustomerProfile(trim(r.name()), r.customerType(), blank(r.source()),
                blank(r.industry()), r.valueClass(), blank(r.relationshipLevel()),
                r.status() == null ? CustomerStatus.ACTIVE : r.status(),
                r.lifecycleStage() == null ? LifecycleStage.POTENTIAL : r.lifecycleStage(), blank(r.provinceCode()),
                blank(r.cityCode()), blank(r.districtCode()), blank(r.address()), blank(r.staffSize()),
                blank(r.phone()), blank(r.phone2()), blank(r.email()), blank(r.website()), blank(r.idNumber()),
                blank(r.membershipNo()), r.points() == null ? 0 : r.points(), blank(r.remark()),
                r.tags() == null ? Set.of() : r.tags());
        return validated(raw, null);
    }

    /** The current profile with the patch applied (null = unchanged, "" = cleared), validated. */
    public CustomerProfile merge(CustomerProfile c, CustomerRequests.UpdateCustomer p) {
        CustomerProfile raw = new CustomerProfile(
                p.name() == null ? c.name() : trim(p.name()),
                p.customerType() == null ? c.customerType() : p.customerType(),
                pick(p.source(), c.source()), pick(p.industry(), c.industry()),
                p.valueClass() == null ? c.valueClass() : p.valueClass(),
                pick(p.relationshipLevel(), c.relationshipLevel()),
                p.status() == null ? c.status() : p.status(),
                p.lifecycleStage() == null ? c.lifecycleStage() : p.lifecycleStage(),
                pick(p.provinceCode(), c.provinceCode()), pick(p.cityCode(), c.cityCode()),
                pick(p.districtCode(), c.districtCode()), pick(p.address(), c.address()),
                pick(p.staffSize(), c.staffSize()), pick(p.phone(), c.phone()), pick(p.phone2(), c.phone2()),
                pick(p.email(), c.email()), pick(p.website(), c.website()), pick(p.idNumber(), c.idNumber()),
                pick(p.membershipNo(), c.membershipNo()), p.points() == null ? c.points() : p.points(),
                pick(p.remark(), c.remark()), p.tags() == null ? c.tags() : p.tags());
        return validated(raw, c);
    }

    /**
     * For imports, which resolve dictionary values against the enabled entries of each list once per
     * file: the same checks and normalisation as the API, without a dictionary query per value.
     */
    public CustomerProfile validatedImport(CustomerProfile raw) {
        return validated(raw, raw);
    }

    /**
     * Validates and normalises. Dictionary values must be enabled, except a value the record already
     * had (a disabled value stays valid on the records that hold it).
     */
    private CustomerProfile validated(CustomerProfile p, CustomerProfile current) {
        List<FieldViolation> violations = new ArrayList<>();
        if (p.name() == null || p.name().isEmpty()) {
            violations.add(new FieldViolation("name", "NotBlank"));
        }
        dictionary(violations, "source", SOURCE, p.source(), current == null ? null : current.source());
        dictionary(violations, "industry", INDUSTRY, p.industry(), current == null ? null : current.industry());
        dictionary(violations, "relationshipLevel", LEVEL, p.relationshipLevel(),
                current == null ? null : current.relationshipLevel());
        dictionary(violations, "staffSize", STAFF_SIZE, p.staffSize(), current == null ? null : current.staffSize());
        String phone = phone(violations, "phone", p.phone());
        String phone2 = phone(violations, "phone2", p.phone2());
        region(violations, p.provinceCode(), p.cityCode(), p.districtCode());
        String website = p.website();
        if (website != null && !WEBSITE.matcher(website).matches()) {
            violations.add(new FieldViolation("website", "customer.validation.website"));
        }
        String idNumber = p.idNumber() == null ? null : p.idNumber().toUpperCase(Locale.ROOT);
        if (idNumber != null && !validIdNumber(idNumber)) {
            violations.add(new FieldViolation("idNumber", "customer.validation.idNumber"));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : p.tags()) {
            String t = tag == null ? "" : tag.trim();
            if (t.isEmpty() || t.length() > 32) {
                violations.add(new FieldViolation("tags", "customer.validation.tag"));
            } else {
                tags.add(t);
            }
        }
        if (tags.size() > 20) {
            violations.add(new FieldViolation("tags", "customer.validation.tooManyTags", 20));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return new CustomerProfile(p.name(), p.customerType(), p.source(), p.industry(), p.valueClass(),
                p.relationshipLevel(), p.status(), p.lifecycleStage(), p.provinceCode(), p.cityCode(),
                p.districtCode(), p.address(), p.staffSize(), phone, phone2,
                p.email() == null ? null : p.email().toLowerCase(Locale.ROOT), website, idNumber, p.membershipNo(),
                p.points(), p.remark(), tags);
    }

    private void dictionary(List<FieldViolation> violations, String field, String type, String code, String was) {
        if (code != null && !Objects.equals(code, was) && !dictionaries.isValue(type, code, true)) {
            violations.add(new FieldViolation(field, "validation.dictionaryValue", code));
        }
    }

    private static String phone(List<FieldViolation> violations, String field, String raw) {
        if (raw == null) {
            return null;
        }
        return Phones.normalise(raw).orElseGet(() -> {
            violations.add(new FieldViolation(field, "validation.phone"));
            return null;
        });
    }

    /** GB/T 2260 codes of real divisions: a city inside the province, a district inside the city. */
    private void region(List<FieldViolation> violations, String province, String city, String district) {
        if (province != null && !regions.nested(province, null, null)) {
            violations.add(new FieldViolation("provinceCode", "customer.validation.region"));
        } else if (city != null && !regions.nested(province, city, null)) {
            violations.add(new FieldViolation("cityCode", "customer.validation.region"));
        } else if (district != null && !regions.nested(province, city, district)) {
            violations.add(new FieldViolation("districtCode", "customer.validation.region"));
        }
    }

    /** Mainland resident ID number: 17 digits and the ISO 7064 MOD 11-2 check character. */
    static boolean validIdNumber(String id) {
        if (!ID_NUMBER.matcher(id).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11] == id.charAt(17);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String pick(String patch, String current) {
        return patch == null ? current : blank(patch);
    }
}
