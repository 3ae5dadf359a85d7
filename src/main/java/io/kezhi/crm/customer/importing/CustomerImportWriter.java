package io.kezhi.crm.customer.importing;

import static io.kezhi.crm.customer.importing.CustomerImportFields.*;

import io.kezhi.crm.customer.account.CustomerProfile;
import io.kezhi.crm.customer.account.CustomerService;
import io.kezhi.crm.platform.AuditRevisions;
import io.kezhi.crm.shared.spi.DedupePolicy;
import io.kezhi.crm.shared.spi.ImportContext;
import io.kezhi.crm.shared.spi.ImportCounts;
import io.kezhi.crm.shared.spi.ImportRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of admitted rows in the caller's transaction, the way the API would, but with
 * multi-row SQL instead of one Hibernate entity per row: new customers owned and placed like
 * {@link CustomerService#create} ({@link NewCustomers}); updates change only the fields the row gives
 * ({@link ChangedCustomers}). Both write the customers' history under one audit revision per batch
 * (a customer reached by rows of two batches has a history entry for each, as Envers would write two
 * transactions). Nothing is kept between batches, so memory stays flat for any file.
 */
@Component
class CustomerImportWriter {

    private final NewCustomers newCustomers;
    private final ChangedCustomers changedCustomers;
    private final AuditRevisions revisions;

    CustomerImportWriter(NewCustomers newCustomers, ChangedCustomers changedCustomers, AuditRevisions revisions) {
        this.newCustomers = newCustomers;
        this.changedCustomers = changedCustomers;
        this.revisions = revisions;
    }

    ImportCounts write(List<ImportRow<CustomerImportRow>> rows, DedupePolicy policy, ImportContext context,
            Function<Long, CustomerService.OwnerPlacement> placements) {
        int skipped = 0;
        List<NewCustomers.NewCustomer> creates = new ArrayList<>();
        List<Map.Entry<Long, UnaryOperator<CustomerProfile>>> updates = new ArrayList<>();
        for (ImportRow<CustomerImportRow> row : rows) {
            CustomerImportRow r = row.row();
            if (row.existingId() == null || policy == DedupePolicy.CREATE) {
                long ownerId = r.ownerId() == null ? context.userId() : r.ownerId();
                creates.add(new NewCustomers.NewCustomer(r.profile(), ownerId, placements.apply(ownerId)));
            } else if (policy == DedupePolicy.UPDATE) {
                updates.add(Map.entry(row.existingId(), current -> merged(current, r.profile(), r.provided())));
            } else {
                skipped++;
            }
        }
        if (creates.isEmpty() && updates.isEmpty()) {
            return new ImportCounts(0, 0, skipped);
        }
        long revision = revisions.open();
        newCustomers.insert(creates, revision);
        int updated = changedCustomers.update(updates, revision);
        return new ImportCounts(creates.size(), updated, skipped);
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
