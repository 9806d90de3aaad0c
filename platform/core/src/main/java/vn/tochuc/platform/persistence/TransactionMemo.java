package vn.tochuc.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values read once per database transaction: reference data and rule versions that every row of a bulk write (a
 * chunk of an import) is judged by. Without a memo each row reads them again, a round trip per row. The memo ends
 * with its transaction, so nothing is kept across requests or chunks and a change committed by someone else is
 * seen by the next transaction; outside a transaction every call loads afresh.
 */
@ApplicationScoped
public class TransactionMemo {

    /** The transaction's resource key of this memo's map. */
    private static final Object RESOURCE = new Object();

    private final TransactionSynchronizationRegistry transactions;

    TransactionMemo(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * The value under {@code key} in this transaction, loaded the first time. {@code load} must not return null
     * (wrap an absent value in an Optional) and may itself use the memo.
     */
    public <T> T get(Object key, Supplier<T> load) {
        Map<Object, Object> memo = memo();
        if (memo == null) {
            return load.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) memo.get(key);
        if (value == null) {
            value = load.get();
            memo.put(key, value);
        }
        return value;
    }

    /** Drops what this transaction remembers under {@code key}: it wrote the data the value was read from. */
    public void forget(Object key) {
        Map<Object, Object> memo = memo();
        if (memo != null) {
            memo.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> memo() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Map<Object, Object> memo = (Map<Object, Object>) transactions.getResource(RESOURCE);
        if (memo == null) {
            memo = new HashMap<>();
            transactions.putResource(RESOURCE, memo);
        }
        return memo;
    }
}
