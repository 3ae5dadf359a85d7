package io.kezhi.crm.customer.importing;

import static io.kezhi.crm.customer.importing.CustomerImportFields.*;

import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerEventType;
import io.kezhi.crm.customer.account.CustomerEvents;
import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.customer.account.CustomerService;
import io.kezhi.crm.customer.account.PhoneIndex;
import io.kezhi.crm.shared.spi.DedupePolicy;
import io.kezhi.crm.shared.spi.ImportCounts;
import io.kezhi.crm.shared.spi.ImportRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of admitted rows in the caller's transaction, the way the API would: new
 * customers owned and placed like {@link CustomerService#create}, with their phone index rows and
 * a CREATED ownership event; updates change only the fields the row gives. Hibernate batches the
 * inserts (and Envers their history); the phone index is one delete and one JDBC batch; the
 * persistence context is cleared after each batch, so memory stays flat for any file size.
 */
@Component
class CustomerImportWriter {

    @PersistenceContext
    private EntityManager em;

    private final CustomerRepository customers;
    private final CustomerService service;
    private final PhoneIndex phones;
    private final CustomerEvents events;
    private final Clock clock;

    CustomerImportWriter(CustomerRepository customers, CustomerService service, PhoneIndex phones,
            CustomerEvents events, Clock clock) {
        this.customers = customers;
        this.service = service;
        this.phones = phones;
        this.events = events;
        this.clock = clock;
    }

    ImportCounts write(List<ImportRow<CustomerImportRow>> rows, DedupePolicy policy, long importerId,
            Function<Long, CustomerService.OwnerPlacement> placements) {
        int skipped = 0;
        List<ImportRow<CustomerImportRow>> creates = new ArrayList<>();
        Map<Long, CustomerImportRow> updates = new LinkedHashMap<>();
        for (ImportRow<CustomerImportRow> row : rows) {
            if (row.existingId() == null || policy == DedupePolicy.CREATE) {
                creates.add(row);
            } else if (policy == DedupePolicy.UPDATE) {
                updates.put(row.existingId(), row.row());
            } else {
                skipped++;
            }
        }
        Map<Long, List<String>> phoneRows = new HashMap<>();
        List<Customer> created = new ArrayList<>();
        for (ImportRow<CustomerImportRow> row : creates) {
            long ownerId = row.row().ownerId() == null ? importerId : row.row().ownerId();
            CustomerService.OwnerPlacement placement = placements.apply(ownerId);
            Customer customer = new Customer(row.row().profile());
            customer.ownBy(ownerId, placement.departmentId(), placement.departmentPath(), clock.instant());
            em.persist(customer);
            created.add(customer);
        }
        em.flush();
        for (Customer customer : created) {
            phoneRows.put(customer.getId(), Arrays.asList(customer.getPhone(), customer.getPhone2()));
            events.record(customer.getId(), CustomerEventType.CREATED, null, customer.getOwnerId(),
                    customer.getPoolId(), null);
        }
        int updated = 0;
        if (!updates.isEmpty()) {
            for (Customer customer : customers.findAllWithTags(updates.keySet())) {
                CustomerImportRow row = updates.get(customer.getId());
                customer.apply(merged(customer.profile(), row.profile(), row.provided()));
                phoneRows.put(customer.getId(), Arrays.asList(customer.getPhone(), customer.getPhone2()));
                updated++;
            }
        }
        em.flush();
        phones.indexCustomers(phoneRows);
        em.clear();
        return new ImportCounts(created.size(), updated, skipped);
    }

    /** The current profile with the fields the row gives replaced by the row's values. */
    static CustomerProfile merged(CustomerProfile c, CustomerProfile r, Set<String> given) {
        boolean region = given.contains(REGION) || given.contains(PROVINCE);
        return new CustomerProfile(
                given.contains(NAME) ? r.name() : c.name(),
                given.contains(CUSTOMER_TYPE) ? r.customerType() : c.customerType(),
                given.contains(SOURCE) ? r.source() : c.source(),
                given.contains(INDUSTRY) ? r.industry() : c.industry(),
                given.contains(VALUE_CLASS) ? r.valueClass() : c.valueClass(),
                given.contains(RELATIONSHIP_LEVEL) ? r.relationshipLevel() : c.relationshipLevel(),
                given.contains(STATUS) ? r.status() : c.status(),
                given.contains(LIFECYCLE_STAGE) ? r.lifecycleStage() : c.lifecycleStage(),
                region ? r.provinceCode() : c.provinceCode(),
                region ? r.cityCode() : c.cityCode(),
                region ? r.districtCode() : c.districtCode(),
                given.contains(ADDRESS) ? r.address() : c.address(),
                given.contains(STAFF_SIZE) ? r.staffSize() : c.staffSize(),
                given.contains(PHONE) ? r.phone() : c.phone(),
                given.contains(PHONE2) ? r.phone2() : c.phone2(),
                given.contains(EMAIL) ? r.email() : c.email(),
                given.contains(WEBSITE) ? r.website() : c.website(),
                given.contains(ID_NUMBER) ? r.idNumber() : c.idNumber(),
                given.contains(MEMBERSHIP_NO) ? r.membershipNo() : c.membershipNo(),
                given.contains(POINTS) ? r.points() : c.points(),
                given.contains(REMARK) ? r.remark() : c.remark(),
                given.contains(TAGS) ? r.tags() : c.tags());
    }
}
