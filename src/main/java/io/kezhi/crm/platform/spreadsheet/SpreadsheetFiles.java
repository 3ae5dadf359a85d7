package io.kezhi.crm.platform.spreadsheet;

import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** {@link Spreadsheets} on local files: format by content, then the CSV or xlsx streaming reader. */
@Component
class SpreadsheetFiles implements Spreadsheets {

    private final SpreadsheetLimits limits;

    SpreadsheetFiles(SpreadsheetLimits limits) {
        this.limits = limits;
    }

    @Override
    public SheetSummary read(Path file, ReadOptions options, Consumer<SheetRow> rows) {
        try {
            checkSize(Files.size(file));
            Format format = FileSniffing.formatOf(file);
            int maxRows = options.maxRows() == null ? limits.maxRows() : options.maxRows();
            RowCollector collector = new RowCollector(maxRows, rows);
            String encoding = null;
            if (format == Format.XLSX) {
                XlsxSheetReader.read(file, collector);
            } else {
                Charset charset = options.encoding();
                boolean strict = charset == null;
                if (charset == null) {
                    charset = CsvEncodings.detect(file).orElseThrow(
                            () -> ApiException.invalidField(FileSniffing.FIELD, "import.file.unknownEncoding"));
                }
                encoding = charset.name();
                CsvSheetReader.read(file, charset, strict, collector);
            }
            return new SheetSummary(format, encoding, collector.headers(), collector.rows());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded spreadsheet", e);
        }
    }

    @Override
    public void checkSize(long bytes) {
        if (bytes <= 0) {
            throw ApiException.invalidField(FileSniffing.FIELD, "import.file.empty");
        }
        if (bytes > limits.maxSize().toBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.tooLargeBody",
                    List.of(new FieldViolation(FileSniffing.FIELD, "import.file.tooLarge", readable(bytes(limits)))));
        }
    }

    @Override
    public void write(Format format, List<String> headers, Stream<List<String>> rows, OutputStream out)
            throws IOException {
        if (format == Format.CSV) {
            SheetWriters.csv(headers, rows, out);
        } else {
            SheetWriters.xlsx(headers, rows, out);
        }
    }

    private static long bytes(SpreadsheetLimits limits) {
        return limits.maxSize().toBytes();
    }

    /** 50 MB, 200 KB, 900 B. */
    private static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
