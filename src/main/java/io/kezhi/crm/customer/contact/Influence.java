package io.kezhi.crm.customer.contact;

/** 影响力 on the customer's buying decisions. */
public enum Influence {
    HIGH, MEDIUM, LOW
}
