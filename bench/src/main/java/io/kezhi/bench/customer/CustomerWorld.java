package io.kezhi.bench.customer;

import io.kezhi.bench.organisation.Branch;
import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.values.RegionCatalog;
import java.time.Instant;

/** Everything a customer's rows are made from, besides its index. Shared read-only by the generating threads. */
record CustomerWorld(long seed, Instant asOf, long firstId, Organisation organisation, Pools pools,
        CompanyDictionaries dictionaries, RegionCatalog regions, Owners owners) {

    long tenantId() {
        return organisation.companyId();
    }

    Branch branch(int index) {
        return organisation.plan().branches().get(index);
    }

    long customerId(int index) {
        return firstId + (long) index * CustomerIds.STRIDE;
    }
}
