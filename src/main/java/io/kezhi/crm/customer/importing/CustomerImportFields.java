package io.kezhi.crm.customer.importing;

import io.kezhi.crm.shared.spi.ImportField;
import java.util.List;

/** The customer fields a column can be mapped to, with the header texts people use for them. */
final class CustomerImportFields {

    static final String NAME = "name";
    static final String CUSTOMER_TYPE = "customerType";
    static final String SOURCE = "source";
    static final String INDUSTRY = "industry";
    static final String VALUE_CLASS = "valueClass";
    static final String RELATIONSHIP_LEVEL = "relationshipLevel";
    static final String STATUS = "status";
    static final String LIFECYCLE_STAGE = "lifecycleStage";
    static final String REGION = "region";
    static final String PROVINCE = "province";
    static final String CITY = "city";
    static final String DISTRICT = "district";
    static final String ADDRESS = "address";
    static final String STAFF_SIZE = "staffSize";
    static final String PHONE = "phone";
    static final String PHONE2 = "phone2";
    static final String EMAIL = "email";
    static final String WEBSITE = "website";
    static final String ID_NUMBER = "idNumber";
    static final String MEMBERSHIP_NO = "membershipNo";
    static final String POINTS = "points";
    static final String TAGS = "tags";
    static final String OWNER = "owner";
    static final String REMARK = "remark";

    static final List<ImportField> ALL = List.of(
            new ImportField(NAME, "customer.import.field.name",
                    List.of("名称", "客户", "客户名", "公司名称", "企业名称", "Name", "Customer", "Customer name", "Company"),
                    true, null),
            new ImportField(CUSTOMER_TYPE, "field.customerType", List.of("类型", "Type"), false, null),
            new ImportField(SOURCE, "field.source", List.of("来源", "Source"), false, null),
            new ImportField(INDUSTRY, "field.industry", List.of("所属行业", "Industry"), false, null),
            new ImportField(VALUE_CLASS, "field.valueClass", List.of("客户价值", "价值", "Value"), false, VALUE_CLASS),
            new ImportField(RELATIONSHIP_LEVEL, "field.relationshipLevel", List.of("关系", "Relationship"), false,
                    null),
            new ImportField(STATUS, "customer.import.field.status", List.of("客户状态", "Status"), false, null),
            new ImportField(LIFECYCLE_STAGE, "field.lifecycleStage", List.of("阶段", "生命周期", "Stage"), false, null),
            new ImportField(REGION, "customer.import.field.region",
                    List.of("地区", "所在地区", "省市区", "区域", "Region", "Location"), false, null),
            new ImportField(PROVINCE, "field.provinceCode", List.of("省", "省份", "Province"), false, null),
            new ImportField(CITY, "field.cityCode", List.of("市", "城市", "City"), false, null),
            new ImportField(DISTRICT, "field.districtCode", List.of("区", "区县", "县", "District"), false, null),
            new ImportField(ADDRESS, "field.address", List.of("地址", "Address"), false, ADDRESS),
            new ImportField(STAFF_SIZE, "field.staffSize", List.of("规模", "员工人数", "Staff size", "Employees"), false,
                    null),
            new ImportField(PHONE, "field.phone", List.of("电话", "手机", "手机号", "联系电话", "Phone", "Mobile", "Tel"),
                    false, PHONE),
            new ImportField(PHONE2, "field.phone2", List.of("电话2", "其他电话", "Phone 2", "Other phone"), false, PHONE2),
            new ImportField(EMAIL, "field.email", List.of("邮箱", "电子邮件", "Email", "E-mail", "Mail"), false, EMAIL),
            new ImportField(WEBSITE, "field.website", List.of("网站", "官网", "Website", "Web", "URL"), false, null),
            new ImportField(ID_NUMBER, "field.idNumber", List.of("身份证", "ID number"), false, ID_NUMBER),
            new ImportField(MEMBERSHIP_NO, "field.membershipNo", List.of("会员号", "会员卡", "Membership"), false,
                    MEMBERSHIP_NO),
            new ImportField(POINTS, "field.points", List.of("Points"), false, POINTS),
            new ImportField(TAGS, "field.tags", List.of("Tags", "Tag"), false, null),
            new ImportField(OWNER, "customer.import.field.owner", List.of("负责人", "所有者", "销售", "Owner", "Sales rep"),
                    false, null),
            new ImportField(REMARK, "field.remark", List.of("说明", "Remark", "Notes", "Note"), false, REMARK));

    private CustomerImportFields() {
    }
}
