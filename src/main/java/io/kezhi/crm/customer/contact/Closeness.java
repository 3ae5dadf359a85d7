package io.kezhi.crm.customer.contact;

/** 亲密程度. */
public enum Closeness {
    VERY_CLOSE, CLOSE, NORMAL, DISTANT
}
