package io.kezhi.crm.shared.error;

/** One entry of the {@code errors} list of a problem details body. */
public record ProblemFieldError(String field, String code, String message) {
}
