package io.kezhi.crm.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Buffers an API response up to {@value #BUFFER_BYTES} bytes before any of it is sent. A page of a list
 * is 9-20 KB of JSON, more than the servlet container's 8 KB buffer: the response was committed while
 * it was written, Spring Session saved the session then, and saving it again when the request ended it
 * read the session row back first only to learn its id (spring-session issue 1731): one more
 * transaction and query on every list. Bigger bodies (exports) are still sent as they are written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ResponseBufferFilter extends OncePerRequestFilter {

    static final int BUFFER_BYTES = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRequests.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BUFFER_BYTES);
        chain.doFilter(request, response);
    }
}
