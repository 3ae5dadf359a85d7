package io.kezhi.bench.customer;

import io.kezhi.bench.db.Table;
import java.util.List;

/** The customer module's tables, with the columns the generator fills (the others keep their defaults). */
final class CustomerTables {

    static final Table CUSTOMER = Table.of("customer", "id", "tenant_id", "name", "name_pinyin", "name_initials",
            "customer_type", "source", "industry", "value_class", "relationship_level", "status", "lifecycle_stage",
            "province_code", "city_code", "district_code", "address", "staff_size", "phone", "phone2", "email",
            "website", "id_number", "membership_no", "points", "remark", "owner_id", "owner_dept_id",
            "owner_dept_path", "pool_id", "owned_since", "previous_owner_id", "returned_at", "last_follow_up_at",
            "next_follow_up_at", "open_opportunities", "created_at", "created_by", "updated_at", "updated_by",
            "version", "share_grantees", "tag_digests");
    static final Table TAG = Table.of("customer_tag", "customer_id", "tag");
    static final Table PHONE = Table.of("phone_lookup", "tenant_id", "customer_id", "contact_id", "digits");
    static final Table EVENT = Table.of("customer_event", "id", "tenant_id", "customer_id", "event_type",
            "from_user_id", "to_user_id", "pool_id", "reason", "actor_id", "occurred_at");
    static final Table CONTACT = Table.of("contact", "id", "tenant_id", "customer_id", "name", "name_pinyin", "gender",
            "title", "department", "mobile", "phone", "email", "wechat", "birthday", "closeness", "influence",
            "decision_role", "primary_contact", "remark", "created_at", "created_by", "updated_at", "updated_by",
            "version", "owner_id", "owner_dept_id", "share_grantees");
    static final Table FOLLOW_UP = Table.of("follow_up", "id", "tenant_id", "customer_id", "contact_id", "follow_type",
            "content", "occurred_at", "next_follow_up_at", "next_action", "author_id", "created_at", "created_by",
            "updated_at", "updated_by", "version", "owner_id", "owner_dept_id", "share_grantees");
    static final Table SHARE = Table.of("record_share", "id", "tenant_id", "subject_type", "subject_id",
            "grantee_type", "grantee_id", "access_level", "created_at", "created_by");

    /** In the order rows are written: parents first. */
    static final List<Table> ALL = List.of(CUSTOMER, TAG, EVENT, CONTACT, FOLLOW_UP, PHONE, SHARE);

    private CustomerTables() {
    }
}
