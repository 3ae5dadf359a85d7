package io.kezhi.crm.customer;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerFilter;
import io.kezhi.crm.customer.account.CustomerQueries;
import io.kezhi.crm.customer.account.RecycledCustomer;
import io.kezhi.crm.customer.contact.Contact;
import io.kezhi.crm.customer.followup.FollowUp;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.PermissionModule;
import io.kezhi.crm.identity.PolicedEntity;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.platform.BuiltinDictionary;
import io.kezhi.crm.platform.BuiltinDictionary.Value;
import io.kezhi.crm.platform.SavedViewList;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customer module's rows of the permission matrix, record types, policed fields and value lists. */
@Configuration(proxyBeanMethods = false)
public class CustomerRecordTypes {

    public static final String CUSTOMER = "customer";
    public static final String CONTACT = "contact";
    public static final String FOLLOW_UP = "followUp";
    public static final String POOL = "customerPool";

    @Bean
    RecordType customerRecordType() {
        return RecordType.builder(CUSTOMER, CUSTOMER, "customer").entity(Customer.class).policedEntity(CUSTOMER)
                .standardOwnerColumns().softDelete(RecycledCustomer.class)
                .shareable("share_grantees", "shareGrantees")
                .reference("ownerId", "user").reference("ownerDeptId", "department").build();
    }

    /**
     * Contacts belong to their customer: whoever reaches the customer reaches its contacts. Each contact
     * carries a copy of its customer's owner and department ({@link OwnerCopies}), by which lists
     * find a user's contacts, and of its grantees ({@code ShareGrantees}), by which they find the contacts of
     * customers shared with the user in order.
     */
    @Bean
    RecordType contactRecordType() {
        return RecordType.builder(CONTACT, CUSTOMER, "contact").entity(Contact.class).policedEntity(CONTACT)
                .parent("customer_id", "customerId", CUSTOMER)
                .parentOwnerCopy("owner_id", "ownerId", "owner_dept_id", "ownerDeptId")
                .parentShareCopy("share_grantees", "shareGrantees").softDelete().build();
    }

    /**
     * Follow-ups too belong to their customer, and carry a copy of its owner and department ({@link OwnerCopies})
     * and of its grantees ({@code ShareGrantees}).
     */
    @Bean
    RecordType followUpRecordType() {
        return RecordType.builder(FOLLOW_UP, CUSTOMER, "follow_up").entity(FollowUp.class).titleColumn("follow_type")
                .parent("customer_id", "customerId", CUSTOMER)
                .parentOwnerCopy("owner_id", "ownerId", "owner_dept_id", "ownerDeptId")
                .parentShareCopy("share_grantees", "shareGrantees").softDelete()
                .reference("authorId", "user").reference("contactId", CONTACT).build();
    }

    @Bean
    PermissionModule customerPermissions() {
        return new PermissionModule(CUSTOMER, "module.customer", true, EnumSet.allOf(Operation.class), 100);
    }

    /** Setting up pools and their rules (claiming is for the pool's members). */
    @Bean
    PermissionModule poolPermissions() {
        return new PermissionModule(POOL, "module.customerPool", false,
                EnumSet.of(Operation.VIEW, Operation.CREATE, Operation.EDIT, Operation.DELETE), 110);
    }

    /** The customer list's filters, columns and sorts, for saved views. */
    @Bean
    SavedViewList customerList() {
        return new SavedViewList("customers", CUSTOMER,
                Arrays.stream(CustomerFilter.class.getRecordComponents()).map(RecordComponent::getName)
                        .collect(Collectors.toSet()),
                Set.of("name", "customerType", "source", "industry", "valueClass", "relationshipLevel", "status",
                        "lifecycleStage", "region", "address", "staffSize", "phone", "phone2", "email", "website",
                        "idNumber", "membershipNo", "points", "tags", "ownerName", "ownerDeptName", "poolName",
                        "lastFollowUpAt", "nextFollowUpAt", "contactCount", "createdAt", "updatedAt"),
                CustomerQueries.SORTS.keySet());
    }

    @Bean
    PolicedEntity customerFields() {
        return new PolicedEntity(CUSTOMER, "entity.customer", List.of(
                new PolicedEntity.Field("phone", "customer.field.phone"),
                new PolicedEntity.Field("phone2", "customer.field.phone2"),
                new PolicedEntity.Field("email", "customer.field.email"),
                new PolicedEntity.Field("address", "customer.field.address"),
                new PolicedEntity.Field("idNumber", "customer.field.idNumber"),
                new PolicedEntity.Field("membershipNo", "customer.field.membershipNo"),
                new PolicedEntity.Field("points", "customer.field.points"),
                new PolicedEntity.Field("valueClass", "customer.field.valueClass"),
                new PolicedEntity.Field("remark", "customer.field.remark")));
    }

    @Bean
    PolicedEntity contactFields() {
        return new PolicedEntity(CONTACT, "entity.contact", List.of(
                new PolicedEntity.Field("mobile", "contact.field.mobile"),
                new PolicedEntity.Field("phone", "contact.field.phone"),
                new PolicedEntity.Field("email", "contact.field.email"),
                new PolicedEntity.Field("wechat", "contact.field.wechat"),
                new PolicedEntity.Field("birthday", "contact.field.birthday")));
    }

    @Bean
    BuiltinDictionary customerSources() {
        return new BuiltinDictionary("customer_source", "客户来源", "Customer source", List.of(
                new Value("telemarketing", "电话营销", "Telemarketing"),
                new Value("online", "网络推广", "Online promotion"),
                new Value("referral", "客户介绍", "Referral"),
                new Value("campaign", "市场活动", "Marketing campaign"),
                new Value("exhibition", "展会", "Trade show"),
                new Value("self_developed", "自主开发", "Self-developed"),
                new Value("assigned", "上级分配", "Assigned by manager"),
                new Value("other", "其他", "Other")));
    }

    @Bean
    BuiltinDictionary industries() {
        return new BuiltinDictionary("industry", "行业", "Industry", List.of(
                new Value("agriculture", "农林牧渔", "Agriculture"),
                new Value("manufacturing", "制造业", "Manufacturing"),
                new Value("construction", "建筑业", "Construction"),
                new Value("wholesale_retail", "批发和零售", "Wholesale and retail"),
                new Value("logistics", "交通运输和物流", "Transport and logistics"),
                new Value("hospitality", "住宿和餐饮", "Hospitality"),
                new Value("it", "信息技术", "Information technology"),
                new Value("finance", "金融", "Finance"),
                new Value("real_estate", "房地产", "Real estate"),
                new Value("business_services", "租赁和商务服务", "Business services"),
                new Value("education", "教育", "Education"),
                new Value("health", "医疗卫生", "Health care"),
                new Value("media", "文化传媒", "Culture and media"),
                new Value("public_sector", "公共管理", "Public sector"),
                new Value("other", "其他", "Other")));
    }

    @Bean
    BuiltinDictionary relationshipLevels() {
        return new BuiltinDictionary("customer_level", "关系等级", "Relationship level", List.of(
                new Value("close", "密切", "Close"),
                new Value("good", "良好", "Good"),
                new Value("fair", "一般", "Fair"),
                new Value("poor", "较差", "Poor")));
    }

    @Bean
    BuiltinDictionary staffSizes() {
        return new BuiltinDictionary("staff_size", "人员规模", "Staff size", List.of(
                new Value("s1_20", "1-20 人", "1-20"),
                new Value("s21_100", "21-100 人", "21-100"),
                new Value("s101_500", "101-500 人", "101-500"),
                new Value("s501_1000", "501-1000 人", "501-1000"),
                new Value("s1000_plus", "1000 人以上", "Over 1000")));
    }

    @Bean
    BuiltinDictionary followUpTypes() {
        return new BuiltinDictionary("follow_up_type", "跟进方式", "Follow-up type", List.of(
                new Value("call", "电话", "Call"),
                new Value("visit", "拜访", "Visit"),
                new Value("email", "邮件", "Email"),
                new Value("wechat", "微信", "WeChat"),
                new Value("meeting", "会议", "Meeting"),
                new Value("other", "其他", "Other")));
    }
}
