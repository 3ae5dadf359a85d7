package io.kezhi.crm.shared.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details in the caller's language: a stable {@code code}, a localised
 * {@code title} and {@code detail}, and an {@code errors} list naming each invalid field. Used by
 * the MVC exception handler and by the security filters, so every error looks the same.
 */
@Component
public class ProblemFactory {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper jsonMapper;

    public ProblemFactory(MessageSource messages, LocaleResolver localeResolver, JsonMapper jsonMapper) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.jsonMapper = jsonMapper;
    }

    public ProblemDetail build(HttpStatusCode status, String code, String messageKey, Object[] args,
            List<FieldViolation> violations, String instance) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:kezhi:problem:" + code));
        problem.setTitle(message("http." + status.value(), new Object[0], locale));
        List<ProblemFieldError> errors = violations.stream()
                .map(v -> new ProblemFieldError(v.field(), v.messageKey(),
                        message(v.messageKey(), v.args(), locale)))
                .toList();
        String detail = message(messageKey, args, locale);
        if (!errors.isEmpty()) {
            detail = detail + " " + String.join("; ", errors.stream()
                    .map(e -> fieldLabel(e.field(), locale) + ": " + e.message()).toList());
        }
        problem.setDetail(detail);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", code);
        problem.setProperty("errors", errors);
        return problem;
    }

    public ProblemDetail build(ApiException e, String instance) {
        ProblemDetail problem = build(e.status(), e.problemCode(), e.messageKey(), e.args(), e.violations(), instance);
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Writes a problem directly to a servlet response (for filters outside Spring MVC). */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
            String code, String messageKey) throws IOException {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(localeResolver.resolveLocale(request));
        try {
            ProblemDetail problem = build(status, code, messageKey, new Object[0], List.of(),
                    request.getRequestURI());
            response.setStatus(status.value());
            response.setContentType(PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(jsonMapper.writeValueAsString(problem));
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    /** "username" reads as "username" unless a label {@code field.username} exists. */
    private String fieldLabel(String field, Locale locale) {
        String leaf = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        return messages.getMessage("field." + leaf, null, field, locale);
    }
}
