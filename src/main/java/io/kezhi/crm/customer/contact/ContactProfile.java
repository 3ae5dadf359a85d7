package io.kezhi.crm.customer.contact;

import java.time.LocalDate;

/** The fields of a contact a person edits; already validated and normalised. */
public record ContactProfile(String name, Gender gender, String title, String department, String mobile,
        String phone, String email, String wechat, LocalDate birthday, Closeness closeness, Influence influence,
        DecisionRole decisionRole, boolean primaryContact, String remark) {
}
