package io.kezhi.bench.customer;

import java.util.List;

/** The fields of a customer a person enters, already as the application stores them (phones in E.164). */
record Profile(String name, boolean chinese, String customerType, String source, String industry,
        String valueClass, String relationshipLevel, String status, String lifecycleStage, String provinceCode,
        String cityCode, String districtCode, String address, String staffSize, String phone, String phone2,
        String email, String website, String idNumber, String membershipNo, long points, String remark,
        List<String> tags) {
}
