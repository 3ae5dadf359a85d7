package io.kezhi.crm.platform.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of files read as spreadsheets (imports).
 *
 * @param maxRows the most data rows in one file
 * @param maxSize the largest file
 */
@ConfigurationProperties("kezhi.import")
record SpreadsheetLimits(@DefaultValue("200000") int maxRows, @DefaultValue("50MB") DataSize maxSize) {
}
