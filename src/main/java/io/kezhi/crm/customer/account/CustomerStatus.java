package io.kezhi.crm.customer.account;

/** 活跃 / 一般 / 归档. */
public enum CustomerStatus {
    ACTIVE, NORMAL, ARCHIVED
}
