package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerFigureSource;
import io.kezhi.crm.customer.account.CustomerAccess;
import io.kezhi.crm.customer.account.CustomerQueries;
import io.kezhi.crm.customer.contact.ContactService;
import io.kezhi.crm.customer.contact.ContactView;
import io.kezhi.crm.shared.web.ListQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer 360 view: the customer, header figures, contacts and the first page of the timeline. */
@Service
public class CustomerOverviewService {

    static final int TIMELINE_PAGE = 20;
    private static final int CONTACTS = 20;

    /** A header figure with its label in the caller's language. */
    public record FigureView(String key, String label, BigDecimal value, String unit) {
    }

    public record CustomerOverview(CustomerQueries.CustomerDetail detail, List<FigureView> figures,
            List<ContactView> contacts, boolean moreContacts, CustomerTimeline.TimelinePage timeline) {
    }

    private final CustomerQueries queries;
    private final CustomerAccess access;
    private final ContactService contacts;
    private final List<CustomerFigureSource> figureSources;
    private final CustomerTimeline timeline;
    private final MessageSource messages;

    CustomerOverviewService(CustomerQueries queries, CustomerAccess access, ContactService contacts, List<CustomerFigureSource> figureSources,
            CustomerTimeline timeline, MessageSource messages) {
        this.queries = queries;
        this.access = access;
        this.contacts = contacts;
        this.figureSources = figureSources;
        this.timeline = timeline;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public CustomerOverview overview(long id) {
        CustomerQueries.CustomerDetail detail = queries.get(id);
        var contactPage = contacts.ofCustomer(id, ListQuery.of(1, CONTACTS, null, false, ContactService.SORTS,
                new ListQuery.SortOrder("primaryContact", false)));
        return new CustomerOverview(detail, figures(id), contactPage.items(), contactPage.hasMore(),
                timeline.page(id, null, TIMELINE_PAGE));
    }

    /** A further page of the timeline (the customer must be viewable). */
    @Transactional(readOnly = true)
    public CustomerTimeline.TimelinePage timeline(long id, Instant before, int size) {
        access.viewable(id);
        return timeline.page(id, before, size);
    }

    List<FigureView> figures(long id) {
        Locale locale = LocaleContextHolder.getLocale();
        return figureSources.stream().flatMap(s -> s.figuresFor(id).stream())
                .sorted(Comparator.comparingInt(CustomerFigureSource.Figure::order))
                .map(f -> new FigureView(f.key(), messages.getMessage(f.labelKey(), null, f.key(), locale), f.value(),
                        f.unit())).toList();
    }
}
