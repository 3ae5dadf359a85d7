package io.kezhi.crm.customer.account;

import java.util.Set;

/** The fields of a customer a person edits; already validated and normalised. */
public record CustomerProfile(String name, CustomerType customerType, String source, String industry,
        ValueClass valueClass, String relationshipLevel, CustomerStatus status, LifecycleStage lifecycleStage,
        String provinceCode, String cityCode, String districtCode, String address, String staffSize, String phone,
        String phone2, String email, String website, String idNumber, String membershipNo, long points,
        String remark, Set<String> tags) {

    public CustomerProfile {
        tags = Set.copyOf(tags);
    }

    public CustomerProfile withTags(Set<String> newTags) {
        return new CustomerProfile(name, customerType, source, industry, valueClass, relationshipLevel, status,
                lifecycleStage, provinceCode, cityCode, districtCode, address, staffSize, phone, phone2, email,
                website, idNumber, membershipNo, points, remark, newTags);
    }
}
