package io.kezhi.crm.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

class SessionReadsTest {

    /** Transactions that only note that they ran. */
    private static TransactionOperations noting(List<String> transactional) {
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                transactional.add("tx");
                return action.doInTransaction(new SimpleTransactionStatus(true));
            }
        };
    }

    @Test
    void onlyTheStoresFirstCallbackOfAReadRunsWithoutATransaction() {
        List<String> transactional = new ArrayList<>();
        SessionReads reads = new SessionReads(noting(transactional));

        String read = SessionReads.reading(() -> {
            String found = reads.execute(status -> "row");
            reads.executeWithoutResult(status -> { }); // e.g. deleting the expired session the read found
            return found;
        });
        assertThat(read).isEqualTo("row");
        assertThat(transactional).as("the clean-up after the read, not the read").hasSize(1);

        reads.execute(status -> "saved");
        assertThat(transactional).as("anything outside a read").hasSize(2);
    }

    @Test
    void aReadThatNeverReachedTheStoreLeavesNothingBehind() {
        List<String> transactional = new ArrayList<>();
        SessionReads reads = new SessionReads(noting(transactional));
        try {
            SessionReads.reading(() -> {
                throw new IllegalStateException("store unavailable");
            });
        } catch (IllegalStateException expected) {
            // the flag must be gone all the same
        }
        reads.execute(status -> "saved");
        assertThat(transactional).hasSize(1);
    }
}
