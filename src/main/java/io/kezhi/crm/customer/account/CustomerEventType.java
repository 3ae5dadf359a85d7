package io.kezhi.crm.customer.account;

/** What happened to a customer's ownership. */
public enum CustomerEventType {
    CREATED, CLAIMED, ASSIGNED, TRANSFERRED, RETURNED, AUTO_RETURNED, HANDED_OVER, MERGED_INTO, MERGED_FROM,
    MERGE_UNDONE
}
