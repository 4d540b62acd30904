package org.kstp.expert.domain;

import java.util.UUID;

/** Told after an expert changed, so the in-memory pool index can follow (implemented by the index holder). */
public interface PoolListener {

    void changed(UUID accountId);

    /** Many experts changed at once (an import): rebuild the whole index once the transaction commits. */
    void rebuildAfterCommit();
}
