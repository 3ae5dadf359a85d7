package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerTimelineSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A customer's timeline: every source's newest entries merged by time. Pages run backwards with a
 * {@code before} cursor; a page never splits entries that share the last timestamp.
 */
@Component
class CustomerTimeline {

    /** A page of the timeline; {@code nextBefore} is the cursor of the next page, null at the end. */
    record TimelinePage(List<CustomerTimelineSource.Entry> entries, Instant nextBefore) {
    }

    private final List<CustomerTimelineSource> sources;

    CustomerTimeline(List<CustomerTimelineSource> sources) {
        this.sources = sources;
    }

    TimelinePage page(long customerId, Instant before, int size) {
        List<CustomerTimelineSource.Entry> all = new ArrayList<>();
        for (CustomerTimelineSource source : sources) {
            all.addAll(source.entries(customerId, before, size + 1));
        }
        all.sort(Comparator.comparing(CustomerTimelineSource.Entry::at).reversed());
        if (all.size() <= size) {
            return new TimelinePage(all, null);
        }
        Instant last = all.get(size - 1).at();
        int end = size;
        while (end < all.size() && all.get(end).at().equals(last)) {
            end++;
        }
        return new TimelinePage(List.copyOf(all.subList(0, end)), last);
    }
}
