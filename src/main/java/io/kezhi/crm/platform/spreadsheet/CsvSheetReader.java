package io.kezhi.crm.platform.spreadsheet;

import io.kezhi.crm.shared.error.ApiException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file record by record. The delimiter is the one of comma, tab and semicolon that
 * the header line uses most; a record's number is its row number in a spreadsheet program.
 */
final class CsvSheetReader {

    private CsvSheetReader() {
    }

    static void read(Path file, Charset charset, boolean strict, RowCollector rows) throws IOException {
        char delimiter;
        try (BufferedReader reader = new BufferedReader(CsvEncodings.open(file, charset, strict))) {
            delimiter = delimiterOf(reader.readLine());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader reader = new BufferedReader(CsvEncodings.open(file, charset, strict));
                CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                rows.accept((int) record.getRecordNumber(), record.toList(), Map.of());
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw ApiException.invalidField(FileSniffing.FIELD, "import.file.badEncoding", charset.name());
            }
            throw ApiException.invalidField(FileSniffing.FIELD, "import.file.badCsv");
        } catch (IllegalStateException e) {
            throw ApiException.invalidField(FileSniffing.FIELD, "import.file.badCsv");
        }
    }

    private static char delimiterOf(String headerLine) {
        if (headerLine == null) {
            return ',';
        }
        char best = ',';
        long bestCount = headerLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
