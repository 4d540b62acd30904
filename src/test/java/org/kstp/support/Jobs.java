package org.kstp.support;

import java.time.Duration;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.platform.ImportJobView;
import org.kstp.platform.ImportJobs;

/** Waits for background imports in tests: they run on a worker, as in production. */
public final class Jobs {

    private Jobs() {
    }

    /** Polls the job until it stops running; fails the test if it takes longer than the timeout. */
    public static ImportJobView await(ImportJobs jobs, UUID id, Actor owner, Duration timeout) {
        Waits.until("import " + id + " to stop running", timeout, () -> !jobs.job(id, owner).running());
        return jobs.job(id, owner);
    }
}
