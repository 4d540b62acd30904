package org.kstp.expert.coi;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kstp.expert.domain.ExpertRepository;
import org.kstp.expert.domain.PoolListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the pool index in step with the database: built on first use, and after each committed
 * change to an expert rebuilt with that expert's new facts (a rolled-back change never reaches it).
 * Screenings read the current index reference and never wait for a rebuild.
 */
@Component
public class PoolHolder implements PoolListener {

    private static final Logger log = LoggerFactory.getLogger(PoolHolder.class);

    private final PoolLoader loader;
    private final ExpertRepository experts;
    private volatile PoolIndex index;

    PoolHolder(PoolLoader loader, ExpertRepository experts) {
        this.loader = loader;
        this.experts = experts;
    }

    public PoolIndex current() {
        PoolIndex current = index;
        return current != null ? current : rebuild();
    }

    public synchronized PoolIndex rebuild() {
        long started = System.nanoTime();
        index = new PoolIndex(loader.loadAll());
        log.info("Expert pool index built: {} experts in {} ms", index.size(), (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    /** Re-reads the expert once the current transaction commits (at once outside a transaction). */
    @Override
    public void changed(UUID accountId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refresh(accountId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                refresh(accountId);
            }
        });
    }

    @Override
    public void rebuildAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rebuild();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rebuild();
            }
        });
    }

    synchronized void refresh(UUID accountId) {
        if (index == null) {
            return;
        }
        Map<UUID, ExpertFacts> all = new HashMap<>();
        index.all().forEach(e -> all.put(e.accountId(), e));
        experts.findById(accountId).map(ExpertFacts::of).ifPresentOrElse(e -> all.put(accountId, e),
                () -> all.remove(accountId));
        index = new PoolIndex(all.values());
    }
}
