package io.kezhi.crm.customer.importing;

import static io.kezhi.crm.customer.importing.CustomerImportFields.NAME;
import static io.kezhi.crm.customer.importing.CustomerImportFields.OWNER;
import static io.kezhi.crm.customer.importing.CustomerImportFields.PHONE;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerService;
import io.kezhi.crm.customer.settings.CustomerSettings;
import io.kezhi.crm.customer.settings.DuplicateMode;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.DedupePolicy;
import io.kezhi.crm.shared.spi.ImportCheck;
import io.kezhi.crm.shared.spi.ImportContext;
import io.kezhi.crm.shared.spi.ImportCounts;
import io.kezhi.crm.shared.spi.ImportField;
import io.kezhi.crm.shared.spi.ImportFieldError;
import io.kezhi.crm.shared.spi.ImportKey;
import io.kezhi.crm.shared.spi.ImportRow;
import io.kezhi.crm.shared.spi.ImportTarget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Customers as an import target ({@code customers}). Rows are matched by name in any case, or by
 * phone when the name is empty; new customers need the CREATE operation with the owner inside the
 * importer's scope (as {@link CustomerService#create}); updates need EDIT on the existing customer.
 */
@Component
class CustomerImportTarget implements ImportTarget<CustomerImportRow> {

    static final String KEY = "customers";
    private static final int IN_CHUNK = 500;
    /**
     * Customers whose name matches one of the lower-case {@code :names} in any case, using an index
     * on 1M customers: on PostgreSQL the expression index on {@code lower(name)} (V2_5); on MariaDB
     * the name index, whose collation ignores case (and accents, which the caller then checks).
     */
    private static final Map<SqlVendor, String> NAME_MATCH = Map.of(
            SqlVendor.POSTGRESQL, "SELECT name, id FROM customer WHERE tenant_id = :tenantId AND deleted_at IS NULL"
                    + " AND lower(name) IN (:names)",
            SqlVendor.MARIADB, "SELECT name, id FROM customer WHERE tenant_id = :tenantId AND deleted_at IS NULL"
                    + " AND name IN (:names)");

    private final CustomerRowReader reader;
    private final CustomerImportLookups lookups;
    private final CustomerImportWriter writer;
    private final CustomerService service;
    private final CustomerAccess access;
    private final CustomerSettings settings;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final SqlVendor vendor;

    CustomerImportTarget(CustomerRowReader reader, CustomerImportLookups lookups, CustomerImportWriter writer,
            CustomerService service, CustomerAccess access, CustomerSettings settings, CurrentUser currentUser,
            TenantJdbc jdbc, SqlVendor vendor) {
        this.reader = reader;
        this.lookups = lookups;
        this.writer = writer;
        this.service = service;
        this.access = access;
        this.settings = settings;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String permissionModule() {
        return CustomerRecordTypes.CUSTOMER;
    }

    @Override
    public String policedEntity() {
        return CustomerRecordTypes.CUSTOMER;
    }

    @Override
    public List<ImportField> fields() {
        return CustomerImportFields.ALL;
    }

    @Override
    public List<String> dedupeFields() {
        return List.of(NAME, PHONE);
    }

    @Override
    public ImportCheck<CustomerImportRow> check(Map<String, String> values, ImportContext context) {
        return reader.read(values, context.memo(CustomerImportLookups.Loaded.class, lookups::load));
    }

    @Override
    public Map<ImportKey, Long> findExisting(Collection<ImportKey> keys, ImportContext context) {
        List<String> names = keys.stream().filter(k -> k.field().equals(NAME)).map(ImportKey::value).distinct()
                .toList();
        List<String> digits = keys.stream().filter(k -> k.field().equals(PHONE)).map(ImportKey::value).distinct()
                .toList();
        Map<ImportKey, Long> found = new HashMap<>();
        Set<String> wanted = new HashSet<>(names);
        for (List<String> chunk : TenantJdbc.chunks(names, IN_CHUNK)) {
            jdbc.sql(NAME_MATCH.get(vendor), Map.of("names", chunk)).query((rs, n) -> {
                String key = CustomerRowReader.nameKey(rs.getString(1));
                return wanted.contains(key) ? found.merge(new ImportKey(NAME, key), rs.getLong(2), Math::min) : null;
            }).list();
        }
        for (List<String> chunk : TenantJdbc.chunks(digits, IN_CHUNK)) {
            jdbc.sql("""
                    SELECT l.digits, MIN(l.customer_id) FROM phone_lookup l JOIN customer c ON c.id = l.customer_id
                    WHERE l.tenant_id = :tenantId AND c.deleted_at IS NULL AND l.digits IN (:digits)
                    GROUP BY l.digits""", Map.of("digits", chunk))
                    .query((rs, n) -> found.put(new ImportKey(PHONE, rs.getString(1)), rs.getLong(2))).list();
        }
        return found;
    }

    @Override
    public Map<Integer, List<ImportFieldError>> admit(List<ImportRow<CustomerImportRow>> rows, DedupePolicy policy,
            ImportContext context) {
        Map<Integer, List<ImportFieldError>> errors = new HashMap<>();
        Set<Long> editable = policy == DedupePolicy.UPDATE ? editable(rows) : Set.of();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow<CustomerImportRow> row = rows.get(i);
            String keyField = row.row().hasName() ? NAME : PHONE;
            List<ImportFieldError> found = new ArrayList<>();
            boolean creates = row.existingId() == null || policy == DedupePolicy.CREATE;
            if (!creates && policy == DedupePolicy.UPDATE && !editable.contains(row.existingId())) {
                found.add(ImportFieldError.of(keyField, "customer.import.noEditRight"));
            }
            if (creates) {
                if (!row.row().hasName()) {
                    found.add(ImportFieldError.of(NAME, "customer.import.nameNeeded"));
                }
                if (row.existingId() != null && duplicatesBlocked(context)) {
                    found.add(ImportFieldError.of(keyField, "customer.import.duplicateBlocked"));
                }
                long ownerId = row.row().ownerId() == null ? context.userId() : row.row().ownerId();
                ownerRefusal(ownerId, context).ifPresent(found::add);
            }
            if (!found.isEmpty()) {
                errors.put(i, found);
            }
        }
        return errors;
    }

    @Override
    public ImportCounts write(List<ImportRow<CustomerImportRow>> rows, DedupePolicy policy, ImportContext context) {
        return writer.write(rows, policy, context,
                ownerId -> context.memo(new OwnerKey(ownerId), () -> service.ownerPlacement(ownerId, OWNER)));
    }

    /** Of the existing customers matched, those the importer may edit (one scoped query per batch). */
    private Set<Long> editable(List<ImportRow<CustomerImportRow>> rows) {
        List<Long> ids = rows.stream().map(ImportRow::existingId).filter(id -> id != null).distinct().toList();
        if (ids.isEmpty()) {
            return Set.of();
        }
        try {
            return new HashSet<>(access.permitted(ids, Operation.EDIT));
        } catch (ApiException e) {
            return Set.of();
        }
    }

    private boolean duplicatesBlocked(ImportContext context) {
        return context.memo(DuplicateMode.class, settings::duplicateMode) == DuplicateMode.BLOCK;
    }

    /** Why the importer may not create a customer owned by this user, once per owner and job. */
    private Optional<ImportFieldError> ownerRefusal(long ownerId, ImportContext context) {
        OwnerCheck check = context.memo(new OwnerCheckKey(ownerId), () -> {
            try {
                CustomerService.OwnerPlacement placement = service.ownerPlacement(ownerId, OWNER);
                currentUser.requireOwnerPlacement(CustomerRecordTypes.CUSTOMER, Operation.CREATE, ownerId,
                        placement.departmentId(), placement.departmentPath());
                return new OwnerCheck(null);
            } catch (ApiException e) {
                String reason = e.violations().isEmpty() ? (e.status().value() == 403 && e.messageKey().equals(
                        "error.operationForbidden") ? "customer.import.noCreateRight" : "customer.import.ownerOutsideScope")
                        : e.violations().get(0).messageKey();
                return new OwnerCheck(ImportFieldError.of(OWNER, reason));
            }
        });
        return Optional.ofNullable(check.refusal());
    }

    private record OwnerKey(long ownerId) {
    }

    private record OwnerCheckKey(long ownerId) {
    }

    private record OwnerCheck(ImportFieldError refusal) {
    }
}
