package io.kezhi.crm.shared.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into localised problem details. Stack traces, SQL and file paths never
 * reach the client; unexpected errors are logged with the request path and answered with a
 * generic message.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemFactory problems;

    ApiExceptionHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApi(ApiException e, HttpServletRequest request) {
        return respond(problems.build(e, request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException e, HttpServletRequest request) {
        return respond(problems.build(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", new Object[0],
                List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException e, HttpServletRequest request) {
        return respond(problems.build(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated",
                new Object[0], List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Object> handleOptimisticLock(ObjectOptimisticLockingFailureException e,
            HttpServletRequest request) {
        return respond(problems.build(ApiException.staleVersion(), request.getRequestURI()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleIntegrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return respond(problems.build(HttpStatus.CONFLICT, "conflict", "error.integrity", new Object[0],
                List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(leafOf(v.getPropertyPath().toString()), "validation.raw",
                        v.getMessage()))
                .toList();
        return respond(problems.build(ApiException.invalid(violations), request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse errorResponse) {
            HttpStatusCode status = errorResponse.getStatusCode();
            return respond(problems.build(status, "http-" + status.value(), "http." + status.value(),
                    new Object[0], List.of(), request.getRequestURI()));
        }
        Optional<PayloadTooLargeException> tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get(), request.getRequestURI());
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.build(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal",
                new Object[0], List.of(), request.getRequestURI()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            violations.add(fromFieldError(error));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> violations.add(
                new FieldViolation(error.getObjectName(), "validation.raw", error.getDefaultMessage())));
        return respond(problems.build(ApiException.invalid(violations), path(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = result.getMethodParameter().getParameterName();
            if (error instanceof FieldError fieldError) {
                violations.add(fromFieldError(fieldError));
            } else {
                violations.add(new FieldViolation(name == null ? "request" : name, "validation.resolvable",
                        error));
            }
        }));
        return respond(problems.build(ApiException.invalid(violations), path(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<PayloadTooLargeException> tooLarge = causeOf(ex, PayloadTooLargeException.class);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get(), path(request));
        }
        Optional<UnrecognizedPropertyException> unknown = causeOf(ex, UnrecognizedPropertyException.class);
        if (unknown.isPresent()) {
            String field = pathOf(unknown.get());
            return respond(problems.build(ApiException.invalidField(field, "validation.unknownField"), path(request)));
        }
        Optional<JacksonException> jackson = causeOf(ex, JacksonException.class);
        if (jackson.isPresent() && !jackson.get().getPath().isEmpty()) {
            String field = pathOf(jackson.get());
            return respond(problems.build(ApiException.invalidField(field, "validation.badValue"), path(request)));
        }
        return respond(problems.build(HttpStatus.BAD_REQUEST, "unreadable", "error.unreadableBody", new Object[0],
                List.of(), path(request)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "request" : ex.getPropertyName();
        return respond(problems.build(ApiException.invalidField(field, "validation.badValue"), path(request)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return respond(problems.build(ApiException.invalidField(ex.getParameterName(), "NotNull"), path(request)));
    }

    /**
     * An upload above the container's multipart limits: 413 like any other body over its limit.
     * (Modules check their own, smaller limits and name the field.)
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problems.build(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.tooLargeBody",
                new Object[0], List.of(), path(request)));
    }

    /** A multipart body the container cannot parse is the client's error, not ours. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMultipart(MultipartException e, HttpServletRequest request) {
        log.info("Unreadable multipart request on {}: {}", request.getRequestURI(), e.getMessage());
        return respond(problems.build(HttpStatus.BAD_REQUEST, "unreadable", "http.400", new Object[0], List.of(),
                request.getRequestURI()));
    }

    /** Every other Spring MVC exception: keep its status, localise the message. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String key = "http." + statusCode.value();
        ProblemDetail problem = problems.build(statusCode, "http-" + statusCode.value(), key, new Object[0],
                List.of(), path(request));
        return ResponseEntity.status(statusCode).headers(headers).contentType(ProblemFactory.PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<Object> tooLarge(PayloadTooLargeException e, String path) {
        return respond(problems.build(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.tooLarge",
                new Object[] {e.limit() / 1024}, List.of(), path));
    }

    private static FieldViolation fromFieldError(FieldError error) {
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        String code = error.getCode() == null ? "validation.raw" : error.getCode();
        // Spring's codes for a field error are e.g. NotBlank.request.name, NotBlank.name, NotBlank;
        // the last is what messages.properties defines, the arguments follow the constraint's attributes.
        return new FieldViolation(error.getField(), code, withoutFieldArg(args));
    }

    /** Spring puts the field itself as the first argument; the messages start at {0} = first attribute. */
    private static Object[] withoutFieldArg(Object[] args) {
        if (args.length > 0 && args[0] instanceof MessageSourceResolvable) {
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return rest;
        }
        return args;
    }

    private static String pathOf(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String leafOf(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        Throwable current = e;
        while (current != null) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ProblemFactory.PROBLEM_JSON).body(problem);
    }
}
