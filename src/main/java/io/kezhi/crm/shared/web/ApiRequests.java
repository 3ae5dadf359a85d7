package io.kezhi.crm.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** What the servlet filters that guard the API (and leave the web client's pages alone) call an API request. */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }
}
