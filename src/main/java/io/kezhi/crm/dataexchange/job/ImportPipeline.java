package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.spi.DedupePolicy;
import io.kezhi.crm.shared.spi.ImportCheck;
import io.kezhi.crm.shared.spi.ImportContext;
import io.kezhi.crm.shared.spi.ImportFieldError;
import io.kezhi.crm.shared.spi.ImportKey;
import io.kezhi.crm.shared.spi.ImportRow;
import io.kezhi.crm.shared.spi.ImportTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The rows of a file on their way through a target, the same for validating and committing. A
 * batch of rows is checked at once on every core ({@link ImportTarget#check}, as the job's user);
 * then, in file order, duplicates within the file are found among all rows (a row with other errors
 * still claims its key, and is reported as a duplicate too), and the valid rows get one
 * {@link ImportTarget#findExisting} and one {@link ImportTarget#admit}. What passes goes to the
 * sink's {@link Sink#admitted} a batch at a time; every problem goes to {@link Sink#rejected}.
 */
final class ImportPipeline<R> {

    interface Sink<R> {
        void rejected(List<ImportError> errors);

        void admitted(List<ImportRow<R>> rows);

        void processed(int rows);
    }

    /** A valid row waiting for its batch: what it is matched on. */
    private record Checked<R>(int rowNumber, R row, ImportKey key) {
    }

    private final ImportTarget<R> target;
    private final ImportContext context;
    private final DedupePolicy policy;
    private final int batchSize;
    private final Sink<R> sink;
    private final List<String> headers;
    /** Column index to field key, for the mapped columns. */
    private final Map<Integer, String> fieldsByColumn = new HashMap<>();
    private final Map<String, String> columnsByField = new HashMap<>();
    private final Map<ImportKey, Integer> firstRowByKey = new HashMap<>();
    private final List<Spreadsheets.SheetRow> read = new ArrayList<>();
    private int processed;

    ImportPipeline(ImportTarget<R> target, ImportContext context, DedupePolicy policy, int batchSize,
            List<String> headers, Map<String, String> mapping, Sink<R> sink) {
        this.target = target;
        this.context = context;
        this.policy = policy;
        this.batchSize = batchSize;
        this.headers = headers;
        this.sink = sink;
        for (int i = 0; i < headers.size(); i++) {
            String field = mapping.get(headers.get(i));
            if (field != null) {
                fieldsByColumn.put(i, field);
                columnsByField.put(field, headers.get(i));
            }
        }
    }

    void accept(Spreadsheets.SheetRow row) {
        read.add(row);
        if (read.size() >= batchSize) {
            flush();
        }
    }

    /** Sends the last batch. */
    void finish() {
        flush();
        sink.processed(processed);
    }

    private void flush() {
        if (read.isEmpty()) {
            return;
        }
        List<ImportCheck<R>> checks = checkAll(read);
        List<ImportError> errors = new ArrayList<>();
        List<Checked<R>> valid = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            Spreadsheets.SheetRow row = read.get(i);
            ImportCheck<R> check = checks.get(i);
            List<ImportError> rowErrors = new ArrayList<>();
            row.cellErrors().forEach((column, key) -> rowErrors.add(new ImportError(row.number(), headers.get(column),
                    fieldsByColumn.get(column), key, List.of())));
            check.errors().forEach(e -> rowErrors.add(error(row.number(), e)));
            ImportKey key = check.key();
            Integer first = key == null ? null : firstRowByKey.putIfAbsent(key, row.number());
            if (first != null) {
                rowErrors.add(new ImportError(row.number(), columnsByField.get(key.field()), key.field(),
                        "import.row.duplicateInFile", List.of(String.valueOf(first))));
            }
            if (rowErrors.isEmpty()) {
                valid.add(new Checked<>(row.number(), check.row(), key));
            } else {
                errors.addAll(rowErrors);
            }
        }
        processed += read.size() - valid.size();
        read.clear();
        if (!errors.isEmpty()) {
            sink.rejected(errors);
        }
        admit(valid);
        sink.processed(processed);
    }

    /** Checks the rows on all cores, each as the job's user in the job's company; results in order. */
    private List<ImportCheck<R>> checkAll(List<Spreadsheets.SheetRow> rows) {
        JobThreadContext job = JobThreadContext.capture();
        return IntStream.range(0, rows.size()).parallel()
                .mapToObj(i -> job.call(() -> target.check(values(rows.get(i)), context))).toList();
    }

    private Map<String, String> values(Spreadsheets.SheetRow row) {
        Map<String, String> values = new HashMap<>();
        fieldsByColumn.forEach((column, field) -> values.put(field, row.values().get(column)));
        return values;
    }

    private void admit(List<Checked<R>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<ImportKey> keys = batch.stream().map(Checked::key).filter(k -> k != null).toList();
        Map<ImportKey, Long> existing = keys.isEmpty() ? Map.of() : target.findExisting(keys, context);
        List<ImportRow<R>> matched = new ArrayList<>(batch.size());
        for (Checked<R> r : batch) {
            matched.add(new ImportRow<>(r.rowNumber(), r.row(), r.key() == null ? null : existing.get(r.key())));
        }
        Map<Integer, List<ImportFieldError>> refused = target.admit(matched, policy, context);
        List<ImportError> errors = new ArrayList<>();
        List<ImportRow<R>> admitted = new ArrayList<>(matched.size());
        for (int i = 0; i < matched.size(); i++) {
            List<ImportFieldError> rowErrors = refused.get(i);
            if (rowErrors == null || rowErrors.isEmpty()) {
                admitted.add(matched.get(i));
            } else {
                int number = matched.get(i).rowNumber();
                rowErrors.forEach(e -> errors.add(error(number, e)));
            }
        }
        if (!errors.isEmpty()) {
            sink.rejected(errors);
        }
        if (!admitted.isEmpty()) {
            sink.admitted(admitted);
        }
        processed += matched.size();
    }

    private ImportError error(int row, ImportFieldError e) {
        return new ImportError(row, e.field() == null ? null : columnsByField.get(e.field()), e.field(),
                e.messageKey(), e.args());
    }
}
