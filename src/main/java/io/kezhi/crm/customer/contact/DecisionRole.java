package io.kezhi.crm.customer.contact;

/** 决策角色: decision maker, key contact, influencer, user. */
public enum DecisionRole {
    DECISION_MAKER, KEY_CONTACT, INFLUENCER, USER
}
