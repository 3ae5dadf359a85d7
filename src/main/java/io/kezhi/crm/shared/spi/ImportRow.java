package io.kezhi.crm.shared.spi;

/**
 * A validated row on its way in.
 *
 * @param rowNumber  its row number in the file (header = 1)
 * @param existingId the existing record it matched (null: none)
 */
public record ImportRow<R>(int rowNumber, R row, Long existingId) {
}
