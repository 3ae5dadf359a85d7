package io.kezhi.crm.identity.login;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of the JDBC session store, except around the read of a session. Spring Session runs
 * every call of its store in a transaction of the one {@link TransactionOperations} it is given; a read
 * is one SELECT of the session row with its attributes, atomic on its own, so its transaction only
 * added a round trip (the COMMIT) and the transaction manager's work to every request. {@link
 * ThrottledSessionRepository#findById} marks its call as {@link #reading}: the store's next callback on
 * that thread runs without a transaction (on a connection in auto-commit, as the pool hands it out);
 * everything else, the clean-up of an expired session found by that read included, keeps its
 * transaction.
 */
final class SessionReads implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    private final TransactionOperations transactions;

    SessionReads(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code read}, whose first callback into the store needs no transaction. */
    static <T> T reading(Supplier<T> read) {
        READING.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (READING.get() != null) {
            READING.remove();
            return TransactionOperations.withoutTransaction().execute(action);
        }
        return transactions.execute(action);
    }
}
