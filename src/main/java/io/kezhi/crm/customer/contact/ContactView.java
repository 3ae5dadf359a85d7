package io.kezhi.crm.customer.contact;

import io.kezhi.crm.identity.PolicedView;
import java.time.Instant;
import java.time.LocalDate;

/** A contact as the API shows it; fields hidden by the caller's field policy are left out. */
@PolicedView("contact")
public record ContactView(long id, long customerId, String customerName, String name, Gender gender, String title,
        String department, String mobile, String phone, String email, String wechat, LocalDate birthday,
        Closeness closeness, Influence influence, DecisionRole decisionRole, boolean primaryContact, String remark,
        Instant createdAt, Instant updatedAt, long version) {
}
