package io.kezhi.crm.dataexchange.job;

import java.util.List;

/**
 * A problem with one row: its spreadsheet row number, the column header and field concerned (either
 * may be null), and the message key with its arguments, resolved in the reader's language.
 */
record ImportError(int row, String column, String field, String messageKey, List<String> args) {
}
