package io.kezhi.crm.customer.account;

/** 价值等级: key, major, normal and small accounts. */
public enum ValueClass {
    KEY, MAJOR, NORMAL, SMALL
}
