package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerTimelineSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        // Everything newer than the page's last moment is here (each source gave size + 1 entries); entries
        // at that moment may not all be, when a source holds more of them than were asked for.
        Instant last = all.get(size - 1).at();
        List<CustomerTimelineSource.Entry> page = new ArrayList<>();
        for (CustomerTimelineSource.Entry entry : all) {
            if (entry.at().isAfter(last)) {
                page.add(entry);
            }
        }
        page.addAll(everyEntryAt(customerId, last));
        return new TimelinePage(List.copyOf(page), last);
    }

    /** Every entry at exactly this moment, from every source (times are stored to the microsecond). */
    private List<CustomerTimelineSource.Entry> everyEntryAt(long customerId, Instant moment) {
        Instant justAfter = moment.plus(1, ChronoUnit.MICROS);
        List<CustomerTimelineSource.Entry> found = new ArrayList<>();
        for (CustomerTimelineSource source : sources) {
            int limit = 32;
            while (true) {
                List<CustomerTimelineSource.Entry> entries = source.entries(customerId, justAfter, limit);
                List<CustomerTimelineSource.Entry> atMoment = entries.stream().filter(e -> e.at().equals(moment))
                        .toList();
                if (entries.size() < limit || atMoment.size() < entries.size()) {
                    found.addAll(atMoment);
                    break;
                }
                limit *= 2;
            }
        }
        return found;
    }
}
