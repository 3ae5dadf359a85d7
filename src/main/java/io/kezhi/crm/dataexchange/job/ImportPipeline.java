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

/**
 * The rows of a file on their way through a target, the same for validating and committing:
 * mapped cells to {@link ImportTarget#check}, duplicates within the file, then per batch one
 * {@link ImportTarget#findExisting} and one {@link ImportTarget#admit}. What passes goes to the
 * sink's {@link Sink#admitted} a batch at a time; every problem goes to {@link Sink#rejected}.
 */
final class ImportPipeline<R> {

    interface Sink<R> {
        void rejected(List<ImportError> errors);

        void admitted(List<ImportRow<R>> rows);

        void processed(int rows);
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
    private final List<ImportRow<R>> batch = new ArrayList<>();
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
        Map<String, String> values = new HashMap<>();
        fieldsByColumn.forEach((column, field) -> values.put(field, row.values().get(column)));
        List<ImportError> errors = new ArrayList<>();
        row.cellErrors().forEach((column, key) -> errors.add(new ImportError(row.number(), headers.get(column),
                fieldsByColumn.get(column), key, List.of())));
        ImportCheck<R> check = target.check(values, context);
        for (ImportFieldError e : check.errors()) {
            errors.add(error(row.number(), e));
        }
        if (errors.isEmpty()) {
            ImportKey key = target.dedupeKey(check.row());
            Integer first = key == null ? null : firstRowByKey.putIfAbsent(key, row.number());
            if (first != null) {
                errors.add(new ImportError(row.number(), columnsByField.get(key.field()), key.field(),
                        "import.row.duplicateInFile", List.of(String.valueOf(first))));
            }
        }
        if (!errors.isEmpty()) {
            sink.rejected(errors);
            processed++;
        } else {
            batch.add(new ImportRow<>(row.number(), check.row(), null));
        }
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    /** Sends the last batch. */
    void finish() {
        flush();
        sink.processed(processed);
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<ImportKey> keys = new ArrayList<>();
        for (ImportRow<R> r : batch) {
            ImportKey key = target.dedupeKey(r.row());
            if (key != null) {
                keys.add(key);
            }
        }
        Map<ImportKey, Long> existing = keys.isEmpty() ? Map.of() : target.findExisting(keys, context);
        List<ImportRow<R>> matched = new ArrayList<>(batch.size());
        for (ImportRow<R> r : batch) {
            ImportKey key = target.dedupeKey(r.row());
            matched.add(new ImportRow<>(r.rowNumber(), r.row(), key == null ? null : existing.get(key)));
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
        batch.clear();
        sink.processed(processed);
    }

    private ImportError error(int row, ImportFieldError e) {
        return new ImportError(row, e.field() == null ? null : columnsByField.get(e.field()), e.field(),
                e.messageKey(), e.args());
    }
}
