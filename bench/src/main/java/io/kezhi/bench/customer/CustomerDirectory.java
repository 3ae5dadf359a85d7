package io.kezhi.bench.customer;

/**
 * What later steps (opportunities, contracts, receivables) need of the generated customers without
 * reading them back: customer i's id, and its owner's id (0 while in a pool).
 */
public record CustomerDirectory(long firstId, long[] ownerIds) {

    public int count() {
        return ownerIds.length;
    }

    public long customerId(int index) {
        return firstId + (long) index * CustomerIds.STRIDE;
    }

    public long ownerId(int index) {
        return ownerIds[index];
    }
}
