package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.spi.ImportCounts;
import io.kezhi.crm.shared.spi.ImportRow;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writing half of a commit: the thread that reads and checks the file hands each admitted batch
 * over, and a thread of this commit's own writes the batches in file order inside ONE transaction.
 * Reading and checking the next batch (application CPU and a few lookups) thus overlaps with the
 * database writing this one (its indexes). {@link #commit} ends the transaction; closing without
 * it, or any failure on either side, rolls everything back. At most {@value #AHEAD} batches wait,
 * so memory stays flat for any file.
 */
final class OverlappedCommit implements AutoCloseable {

    private static final int AHEAD = 2;
    private static final long POLL_MILLIS = 100;

    private sealed interface Step permits Write, Processed, Commit, Abort {
    }

    private record Write(List<ImportRow<Object>> rows) implements Step {
    }

    private record Processed(int rows) implements Step {
    }

    private record Commit() implements Step {
    }

    private record Abort() implements Step {
    }

    private final BlockingQueue<Step> steps = new ArrayBlockingQueue<>(AHEAD);
    private final CompletableFuture<ImportCounts> written = new CompletableFuture<>();
    private boolean finished;

    private OverlappedCommit() {
    }

    /**
     * Starts the writing thread as the calling job's user and company: it opens the transaction and
     * waits for batches; {@code write} writes one, {@code progress} reports how many rows are done.
     */
    static OverlappedCommit start(String threadName, TransactionTemplate transaction,
            Function<List<ImportRow<Object>>, ImportCounts> write, IntConsumer progress) {
        OverlappedCommit commit = new OverlappedCommit();
        JobThreadContext job = JobThreadContext.capture();
        Thread writer = new Thread(() -> {
            try {
                commit.written.complete(job.call(() -> transaction.execute(status -> {
                    ImportCounts counts = ImportCounts.NONE;
                    while (true) {
                        Step step = commit.take();
                        if (step instanceof Write w) {
                            counts = counts.plus(write.apply(w.rows()));
                        } else if (step instanceof Processed p) {
                            progress.accept(p.rows());
                        } else if (step instanceof Commit) {
                            return counts;
                        } else {
                            status.setRollbackOnly();
                            return null;
                        }
                    }
                })));
            } catch (Throwable e) {
                commit.written.completeExceptionally(e);
            }
        }, threadName);
        writer.start();
        return commit;
    }

    /** Hands a batch of admitted rows to the writer; waits while {@value #AHEAD} are waiting already. */
    void write(List<ImportRow<Object>> rows) {
        hand(new Write(rows));
    }

    /** Reports {@code rows} as done once everything handed over before is written. */
    void processed(int rows) {
        hand(new Processed(rows));
    }

    /** Commits the transaction after the last batch; the counts of what was written. */
    ImportCounts commit() {
        hand(new Commit());
        finished = true;
        return outcome();
    }

    /** Rolls back unless committed; waits until the writer has let go of its transaction. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        steps.clear();
        if (!written.isDone() && !steps.offer(new Abort())) {
            throw new IllegalStateException("The import writer does not take the abort");
        }
        try {
            written.join();
        } catch (CompletionException | CancellationException e) {
            // rolled back: the failure that stopped the writer is not the caller's concern here
        }
    }

    private void hand(Step step) {
        try {
            while (!steps.offer(step, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (written.isDone()) {
                    outcome();
                    throw new IllegalStateException("The import writer stopped before the commit");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while handing rows to the import writer", e);
        }
        if (written.isDone() && !(step instanceof Commit)) {
            outcome();
        }
    }

    private Step take() {
        try {
            return steps.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Abort();
        }
    }

    /** The writer's result, or the exception that stopped it, unwrapped. */
    private ImportCounts outcome() {
        try {
            return written.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
