package io.kezhi.crm.dataexchange.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kezhi.crm.shared.spi.ImportCounts;
import io.kezhi.crm.shared.spi.ImportRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class OverlappedCommitTest {

    /** Records what became of its one transaction and on which thread it ran. */
    private static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        final List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        volatile String thread;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            thread = Thread.currentThread().getName();
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            outcomes.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            outcomes.add("rollback");
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final List<Integer> written = Collections.synchronizedList(new ArrayList<>());
    private final List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

    @Test
    void writesTheBatchesInOrderOnItsOwnThreadAndCommitsOnce() {
        ImportCounts counts;
        try (OverlappedCommit commit = start(rows -> new ImportCounts(rows.size(), 0, 1))) {
            for (int batch = 0; batch < 10; batch++) {
                commit.write(rows(batch * 3, 3));
                commit.processed((batch + 1) * 3);
            }
            counts = commit.commit();
        }
        assertThat(counts).isEqualTo(new ImportCounts(30, 0, 10));
        assertThat(written).hasSize(30).isSorted();
        assertThat(progress).containsExactly(3, 6, 9, 12, 15, 18, 21, 24, 27, 30);
        assertThat(transactions.outcomes).containsExactly("commit");
        assertThat(transactions.thread).isEqualTo("test-writer").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void closingWithoutCommittingRollsBackEvenWhileTheWriterIsBusy() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (OverlappedCommit commit = start(rows -> {
            writing.countDown();
            await(release);
            return new ImportCounts(rows.size(), 0, 0);
        })) {
            commit.write(rows(0, 1));
            commit.write(rows(1, 1));
            commit.write(rows(2, 1));
            assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
        assertThat(transactions.outcomes).containsExactly("rollback");
    }

    @Test
    void aFailureWhileWritingReachesTheReadingThreadAndRollsBack() {
        IllegalArgumentException failure = new IllegalArgumentException("row 4 cannot be written");
        assertThatThrownBy(() -> {
            try (OverlappedCommit commit = start(rows -> {
                if (rows.get(0).rowNumber() == 4) {
                    throw failure;
                }
                return new ImportCounts(rows.size(), 0, 0);
            })) {
                for (int row = 0; row < 100; row++) {
                    commit.write(rows(row, 1));
                }
                commit.commit();
            }
        }).isSameAs(failure);
        assertThat(written).containsExactly(0, 1, 2, 3);
        assertThat(transactions.outcomes).containsExactly("rollback");
    }

    @Test
    void aFailureOfTheLastBatchSurfacesFromCommit() {
        IllegalStateException failure = new IllegalStateException("constraint violated");
        assertThatThrownBy(() -> {
            try (OverlappedCommit commit = start(rows -> {
                throw failure;
            })) {
                commit.write(rows(0, 1));
                commit.commit();
            }
        }).isSameAs(failure);
        assertThat(transactions.outcomes).containsExactly("rollback");
    }

    private OverlappedCommit start(Function<List<ImportRow<Object>>, ImportCounts> write) {
        return OverlappedCommit.start("test-writer", new TransactionTemplate(transactions), rows -> {
            ImportCounts counts = write.apply(rows);
            rows.forEach(r -> written.add(r.rowNumber()));
            return counts;
        }, progress::add);
    }

    private static List<ImportRow<Object>> rows(int first, int count) {
        List<ImportRow<Object>> rows = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            rows.add(new ImportRow<>(i, "row " + i, null));
        }
        return rows;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
