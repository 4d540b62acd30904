package org.kstp.integrity.domain;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the in-memory index in step with the register. It is built from the database on first use
 * (the start-up runner triggers that) and refreshed per record <em>after commit</em>: an entry whose
 * transaction rolls back never reaches the index, and no other thread ever sees an uncommitted
 * sanction. Between commit and refresh (microseconds) a check sees the state of a moment earlier,
 * as if it had run a moment earlier. A refresh re-reads the record's committed entries, so it is
 * idempotent; if it fails, the index is marked stale and the next check rebuilds it. Rebuilds and
 * refreshes are serialised; checks never wait for them, they read the index reference in place.
 */
@Component
public class IndexHolder {

    private static final Logger log = LoggerFactory.getLogger(IndexHolder.class);

    private final EntryStore store;
    private final SanctionRules rules;
    private final TransactionTemplate readOnly;
    private volatile IntegrityIndex index;
    private volatile boolean stale = true;

    IndexHolder(EntryStore store, SanctionRules rules, TransactionTemplate transactions) {
        this.store = store;
        this.rules = rules;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.index = new IntegrityIndex(rules);
    }

    /** The index, rebuilt first if it has never been built or a refresh failed. */
    public IntegrityIndex current() {
        if (stale) {
            rebuild();
        }
        return index;
    }

    /** Builds a new index from the whole register and swaps it in. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        IntegrityIndex fresh = new IntegrityIndex(rules);
        readOnly.executeWithoutResult(status -> store.forEachHistory(h -> fresh.put(h.current())));
        index = fresh;
        stale = false;
        log.info("Integrity index built: {} records with blocking measures in {} ms", fresh.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Refreshes the finding's entry in the index once the current transaction commits (at once if none). */
    public void refreshAfterCommit(UUID findingId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(findingId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh(findingId);
            }
        });
    }

    /**
     * Files records whose whole history the caller holds (new findings of an import) once the
     * transaction commits, without re-reading each from the database.
     */
    public void putAfterCommit(List<CurrentRecord> records) {
        Runnable put = () -> {
            synchronized (this) {
                records.forEach(index::put);
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            put.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                put.run();
            }
        });
    }

    synchronized void refresh(UUID findingId) {
        try {
            RecordHistory history = store.history(findingId);
            if (history == null) {
                index.remove(findingId);
            } else {
                index.put(history.current());
            }
        } catch (RuntimeException e) {
            stale = true;
            log.error("Integrity index refresh of {} failed; the next check rebuilds the index", findingId, e);
        }
    }
}
