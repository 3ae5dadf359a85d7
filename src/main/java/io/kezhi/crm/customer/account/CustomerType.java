package io.kezhi.crm.customer.account;

/** 企业客户 / 个人客户. */
public enum CustomerType {
    COMPANY, PERSON
}
