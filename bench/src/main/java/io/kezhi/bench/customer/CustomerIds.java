package io.kezhi.bench.customer;

/**
 * Where the ids of a customer and of everything generated with it lie: customer i owns the ids
 * {@code first + i * STRIDE} up to the next customer's, so every row's id follows from the customer's
 * index alone (whichever thread generates it) and later steps can compute a customer's id.
 */
public final class CustomerIds {

    public static final int STRIDE = 40;
    static final int EVENTS = 1;
    static final int MAX_EVENTS = 3;
    static final int CONTACTS = EVENTS + MAX_EVENTS;
    static final int MAX_CONTACTS = 6;
    static final int FOLLOW_UPS = CONTACTS + MAX_CONTACTS;
    static final int MAX_FOLLOW_UPS = 28;
    static final int SHARES = FOLLOW_UPS + MAX_FOLLOW_UPS;
    static final int MAX_SHARES = STRIDE - SHARES;

    private CustomerIds() {
    }
}
