package io.kezhi.crm.shared.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests the application works on at once, and how many more wait for a turn
 * ({@link RequestAdmissionFilter}); a request beyond both is answered 503 at once.
 *
 * @param maxConcurrent API requests worked on at once: twice the database pool by default, so that
 *     every connection is busy while requests also spend time outside the database
 * @param maxQueued requests that wait for a turn; any more are refused at once (on Java 21 and later
 *     each request has a virtual thread of its own, so nothing else bounds how many wait, nor how long
 *     the last one does; on Java 17, Tomcat's 200 threads and its accept queue)
 * @param queueTimeout the longest a request waits for its turn
 */
@ConfigurationProperties("kezhi.web.admission")
record AdmissionLimits(@DefaultValue("40") int maxConcurrent, @DefaultValue("100") int maxQueued,
        @DefaultValue("2s") Duration queueTimeout) {

    AdmissionLimits {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("kezhi.web.admission.max-concurrent must be at least 1, not "
                    + maxConcurrent);
        }
        if (maxQueued < 0) {
            throw new IllegalArgumentException("kezhi.web.admission.max-queued must be 0 or more, not " + maxQueued);
        }
        if (queueTimeout.isNegative() || queueTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("kezhi.web.admission.queue-timeout must be between 0 and 1 minute, not "
                    + queueTimeout);
        }
    }
}
