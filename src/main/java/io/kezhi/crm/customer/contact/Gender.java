package io.kezhi.crm.customer.contact;

public enum Gender {
    MALE, FEMALE
}
