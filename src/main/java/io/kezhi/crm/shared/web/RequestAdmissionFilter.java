package io.kezhi.crm.shared.web;

import io.kezhi.crm.shared.error.ProblemFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the application answering when more API requests arrive than it can work on: at most
 * {@link AdmissionLimits#maxConcurrent} at once, up to {@link AdmissionLimits#maxQueued} more waiting
 * their turn in order of arrival (for at most {@link AdmissionLimits#queueTimeout}), and any request
 * beyond that answered at once with 503 and {@code Retry-After}, before it reads the session or touches
 * the database. Without it every request waited for a database connection for up to 30 s, the queue
 * grew for as long as the overload lasted, and answers came too late for everyone: at 500 requests/s
 * offered to the benchmark's machine, 2,370 of 30,000 were answered within 10 s (run AG in
 * docs/performance.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestAdmissionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestAdmissionFilter.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final AdmissionLimits limits;
    private final ProblemFactory problems;
    private final Semaphore turns;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong refusedSinceLog = new AtomicLong();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    RequestAdmissionFilter(AdmissionLimits limits, ProblemFactory problems) {
        this.limits = limits;
        this.problems = problems;
        this.turns = new Semaphore(limits.maxConcurrent(), true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admit()) {
            refused();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "busy", "error.busy");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** A turn now, or after waiting in line when the line is not full; false when there is none. */
    private boolean admit() {
        try {
            if (turns.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (waiting.incrementAndGet() > limits.maxQueued()) {
                waiting.decrementAndGet();
                return false;
            }
            try {
                return turns.tryAcquire(limits.queueTimeout().toNanos(), TimeUnit.NANOSECONDS);
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Says how many requests were refused, at most once a minute. */
    private void refused() {
        long refused = refusedSinceLog.incrementAndGet();
        long last = lastLog.get();
        long now = System.nanoTime();
        if (now - last >= LOG_EVERY_NANOS && lastLog.compareAndSet(last, now)) {
            refusedSinceLog.addAndGet(-refused);
            log.warn("busy: refused {} API request(s) with 503 ({} at once, {} waiting at most)", refused,
                    limits.maxConcurrent(), limits.maxQueued());
        }
    }
}
