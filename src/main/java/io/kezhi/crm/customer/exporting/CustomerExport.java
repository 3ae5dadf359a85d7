package io.kezhi.crm.customer.exporting;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerFilter;
import io.kezhi.crm.customer.account.CustomerQueries;
import io.kezhi.crm.customer.account.CustomerSpecifications;
import io.kezhi.crm.customer.account.CustomerView;
import io.kezhi.crm.customer.account.CustomerViews;
import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.web.ListQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the customer list as the caller filtered and sorted it, in the scope of the caller's
 * EXPORT permission (applied in SQL, so it may be narrower than what they can view), without the
 * columns their field policy hides, values as people read them. The ids of the customers are found
 * in one query; the customers are loaded and written {@code kezhi.export.page-size} (1,000) at a time.
 */
@Service
public class CustomerExport {

    private static final Logger log = LoggerFactory.getLogger(CustomerExport.class);

    /** A checked export request: what to write, ready to stream. */
    public record Plan(Spreadsheets.Format format, List<CustomerExportColumns.Column> columns, CustomerFilter filter,
            List<ListQuery.SortOrder> sort, String fileName) {
    }

    @PersistenceContext
    private EntityManager em;

    private final CustomerAccess access;
    private final CustomerSpecifications specifications;
    private final CustomerViews views;
    private final EntityLister lister;
    private final CurrentUser currentUser;
    private final FieldPolicies fieldPolicies;
    private final CustomerExportValues values;
    private final Spreadsheets spreadsheets;
    private final Clock clock;
    private final int pageSize;

    CustomerExport(CustomerAccess access, CustomerSpecifications specifications, CustomerViews views,
            EntityLister lister, CurrentUser currentUser, FieldPolicies fieldPolicies, CustomerExportValues values,
            Spreadsheets spreadsheets, Clock clock,
            @Value("${kezhi.export.page-size:1000}") int pageSize) {
        this.access = access;
        this.specifications = specifications;
        this.views = views;
        this.lister = lister;
        this.currentUser = currentUser;
        this.fieldPolicies = fieldPolicies;
        this.values = values;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Checks permission, format, columns and sort before anything is written (400/403 as usual). */
    @Transactional(readOnly = true)
    public Plan plan(String format, String columns, CustomerFilter filter, String sort) {
        currentUser.require(CustomerRecordTypes.CUSTOMER, Operation.EXPORT);
        Spreadsheets.Format chosen;
        try {
            chosen = Spreadsheets.Format.valueOf((format == null ? "csv" : format).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("format", "export.validation.format");
        }
        List<String> keys = columns == null || columns.isBlank() ? CustomerExportColumns.DEFAULT
                : Arrays.stream(columns.split(",")).map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
        Set<String> hidden = fieldPolicies.hiddenFields(CustomerRecordTypes.CUSTOMER);
        List<CustomerExportColumns.Column> chosenColumns = new ArrayList<>();
        for (String key : keys) {
            CustomerExportColumns.Column column = CustomerExportColumns.ALL.get(key);
            if (column == null) {
                throw ApiException.invalidField("columns", "export.validation.column", key,
                        String.join(", ", CustomerExportColumns.ALL.keySet()));
            }
            if (column.policedField() == null || !hidden.contains(column.policedField())) {
                chosenColumns.add(column);
            }
        }
        if (chosenColumns.isEmpty()) {
            throw ApiException.invalidField("columns", "export.validation.noColumns");
        }
        ListQuery query = ListQuery.of(null, null, sort, false, CustomerQueries.SORTS,
                new ListQuery.SortOrder("updatedAt", false));
        if (chosen.maxDataRows() != Long.MAX_VALUE) {
            long count = lister.count(Customer.class, scoped(filter));
            if (count > chosen.maxDataRows()) {
                throw ApiException.invalidField("format", "export.validation.tooManyRows", count, chosen.maxDataRows());
            }
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").format(clock.instant().atZone(values.zone()));
        return new Plan(chosen, List.copyOf(chosenColumns), filter, query.sort(),
                "customers-" + stamp + "." + chosen.extension());
    }

    /** Streams the planned export to {@code out}; the number of customers written. */
    @Transactional(readOnly = true)
    public int write(Plan plan, Locale locale, OutputStream out) throws IOException {
        Specification<Customer> spec = scoped(plan.filter());
        CustomerExportValues.Labels labels = values.labels(locale);
        List<String> headers = plan.columns().stream().map(c -> labels.message(c.labelKey())).toList();
        Pages pages = new Pages(lister.orderedIds(Customer.class, spec, plan.sort()));
        var rows = StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .map(view -> plan.columns().stream().map(c -> values.cell(c.key(), view, labels)).toList());
        spreadsheets.write(plan.format(), headers, rows, out);
        log.info("Customer export by user {}: {} customers as {} ({} columns)", currentUser.id(), pages.count,
                plan.format(), plan.columns().size());
        return pages.count;
    }

    /** The customers the caller may export that match the filter. */
    private Specification<Customer> scoped(CustomerFilter filter) {
        return currentUser.scope(access.type(), Operation.EXPORT).<Customer>specification(access.type())
                .and(specifications.matching(filter, currentUser.id()));
    }

    /**
     * The scoped, filtered, sorted customers (their ids found first, in order) loaded and turned into
     * views {@code kezhi.export.page-size} (1,000) at a time; the persistence context cleared between pages.
     */
    private final class Pages implements Iterator<CustomerView> {
        private final long[] ids;
        private int position;
        private Iterator<CustomerView> current = List.<CustomerView>of().iterator();
        private int count;

        Pages(long[] ids) {
            this.ids = ids;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && position < ids.length) {
                em.clear();
                int end = Math.min(ids.length, position + pageSize);
                List<Long> page = Arrays.stream(ids, position, end).boxed().toList();
                position = end;
                current = views.of(lister.inOrder(Customer.class, page)).iterator();
            }
            return current.hasNext();
        }

        @Override
        public CustomerView next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            count++;
            return current.next();
        }
    }
}
