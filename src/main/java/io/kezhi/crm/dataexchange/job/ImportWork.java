package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.spi.ImportContext;
import io.kezhi.crm.shared.spi.ImportCounts;
import io.kezhi.crm.shared.spi.ImportRow;
import io.kezhi.crm.shared.spi.ImportTarget;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background part of an import: validating every row (errors stored, nothing written), and
 * committing the whole file in ONE transaction, so that any failure leaves no trace but the
 * job's status and reason. Both stream the file again; only a batch of rows is in memory.
 */
@Component
class ImportWork {

    private static final Logger log = LoggerFactory.getLogger(ImportWork.class);
    private static final int ERROR_BUFFER = 500;

    private final ImportJobRepository jobs;
    private final ImportTargets targets;
    private final ImportFileStore files;
    private final ImportErrors errors;
    private final ImportProgress progress;
    private final Spreadsheets spreadsheets;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final JsonMapper json;
    private final ImportMappings mappings;
    private final int batchSize;

    ImportWork(ImportJobRepository jobs, ImportTargets targets, ImportFileStore files, ImportErrors errors,
            ImportProgress progress, Spreadsheets spreadsheets, PlatformTransactionManager transactions,
            JsonMapper json, ImportMappings mappings, @Value("${kezhi.import.batch-size:1000}") int batchSize) {
        this.jobs = jobs;
        this.targets = targets;
        this.files = files;
        this.errors = errors;
        this.progress = progress;
        this.spreadsheets = spreadsheets;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.mappings = mappings;
        this.batchSize = batchSize;
    }

    /** Checks every row; stores what is wrong; VALIDATED (or FAILED when the file cannot be read). */
    void validate(long jobId) {
        ImportJob job = load(jobId);
        try {
            errors.deleteAll(jobId);
            ErrorWriter writer = new ErrorWriter(jobId);
            Spreadsheets.SheetSummary summary = run(job, targets.require(job.getTarget()), new ImportContext(job.getCreatedBy()),
                    new ImportPipeline.Sink<>() {
                @Override
                public void rejected(List<ImportError> found) {
                    writer.add(found);
                }

                @Override
                public void admitted(List<ImportRow<Object>> rows) {
                    // validation writes nothing
                }

                @Override
                public void processed(int rows) {
                    writer.flush();
                    progress.processed(jobId, rows);
                }
            });
            writer.flush();
            progress.validated(jobId, summary.rows(), writer.count);
        } catch (ApiException e) {
            fail(jobId, e);
        } catch (RuntimeException e) {
            log.error("Validating import job {} failed", jobId, e);
            progress.failed(jobId, "import.error.internal", List.of());
        }
    }

    /**
     * Writes every row in one transaction: all of them, or (on any failure) none. The file is read
     * and checked on this thread while the rows already admitted are written on another
     * ({@link OverlappedCommit}).
     */
    void commit(long jobId) {
        ImportJob job = load(jobId);
        ImportContext context = new ImportContext(job.getCreatedBy());
        try {
            ImportTarget<Object> target = cast(targets.require(job.getTarget()));
            Spreadsheets.SheetSummary summary;
            ImportCounts counts;
            try (OverlappedCommit writes = OverlappedCommit.start("import-" + jobId + "-writer", transaction,
                    rows -> target.write(rows, job.getDedupePolicy(), context),
                    rows -> progress.processed(jobId, rows))) {
                summary = run(job, target, context, new ImportPipeline.Sink<>() {
                    @Override
                    public void rejected(List<ImportError> found) {
                        throw new ImportAborted(found.get(0));
                    }

                    @Override
                    public void admitted(List<ImportRow<Object>> rows) {
                        writes.write(rows);
                    }

                    @Override
                    public void processed(int rows) {
                        writes.processed(rows);
                    }
                });
                counts = writes.commit();
            }
            progress.done(jobId, summary.rows(), counts);
            files.delete(job.getFileKey());
            log.info("Import job {} into {} done: {} created, {} updated, {} skipped", jobId, job.getTarget(),
                    counts.created(), counts.updated(), counts.skipped());
        } catch (ImportAborted e) {
            ImportError error = e.error();
            errors.deleteAll(jobId);
            errors.store(jobId, 0, List.of(error));
            progress.failed(jobId, "import.error.rowFailedOnCommit", List.of(String.valueOf(error.row())));
        } catch (ApiException e) {
            fail(jobId, e);
        } catch (RuntimeException e) {
            log.error("Committing import job {} failed; nothing was written", jobId, e);
            progress.failed(jobId, "import.error.commitFailed", List.of());
        }
    }

    private Spreadsheets.SheetSummary run(ImportJob job, ImportTarget<?> anyTarget, ImportContext context,
            ImportPipeline.Sink<Object> sink) {
        ImportTarget<Object> target = cast(anyTarget);
        List<String> headers = Arrays.asList(json.readValue(job.getHeaders(), String[].class));
        Map<String, String> mapping = mappings.parse(job.getMapping());
        ImportPipeline<Object> pipeline = new ImportPipeline<>(target, context, job.getDedupePolicy(), batchSize,
                headers, mapping, sink);
        Charset encoding = job.getEncoding() == null ? null : Charset.forName(job.getEncoding());
        Spreadsheets.SheetSummary summary = spreadsheets.read(files.path(job.getFileKey()),
                new Spreadsheets.ReadOptions(encoding, null), pipeline::accept);
        pipeline.finish();
        return summary;
    }

    private ImportJob load(long jobId) {
        return readOnly.execute(status -> jobs.findById(jobId).orElseThrow());
    }

    private void fail(long jobId, ApiException e) {
        if (e.violations().isEmpty()) {
            progress.failed(jobId, e.messageKey(), strings(e.args()));
        } else {
            FieldViolation first = e.violations().get(0);
            progress.failed(jobId, first.messageKey(), strings(first.args()));
        }
    }

    private static List<String> strings(Object[] args) {
        List<String> out = new ArrayList<>();
        for (Object arg : args) {
            out.add(String.valueOf(arg));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static ImportTarget<Object> cast(ImportTarget<?> target) {
        return (ImportTarget<Object>) target;
    }

    /** Buffers errors and stores them in batches, up to the stored limit; counts all of them. */
    private final class ErrorWriter {
        private final long jobId;
        private final List<ImportError> buffer = new ArrayList<>();
        private int count;
        private int stored;

        ErrorWriter(long jobId) {
            this.jobId = jobId;
        }

        void add(List<ImportError> found) {
            count += found.size();
            for (ImportError e : found) {
                if (stored + buffer.size() < ImportErrors.STORED_LIMIT) {
                    buffer.add(e);
                }
            }
            if (buffer.size() >= ERROR_BUFFER) {
                flush();
            }
        }

        void flush() {
            if (!buffer.isEmpty()) {
                List<ImportError> batch = List.copyOf(buffer);
                int first = stored;
                transaction.executeWithoutResult(status -> errors.store(jobId, first, batch));
                stored += batch.size();
                buffer.clear();
            }
        }
    }
}
