package io.kezhi.crm.shared.spi;

/** What a row is matched on: the field (for error reports) and its normalised value. */
public record ImportKey(String field, String value) {
}
