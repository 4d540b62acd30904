package org.kstp.platform;

import java.util.List;
import java.util.function.IntConsumer;
import org.kstp.common.Actor;

/**
 * A module's bulk import of one kind of list, run by {@link ImportJobs} in the background. The dry
 * run says line by line what would happen and writes nothing; the commit re-runs the same checks and
 * records every line or none (it refuses when any line is refused).
 */
public interface TabularImport {

    /** A short stable name, e.g. "integrity"; stored on the job. */
    String kind();

    /** Refuses (AccessDenied or RuleViolation) an actor who may not run this import. */
    void requireAllowed(Actor actor);

    /**
     * What importing these rows would do.
     *
     * @param rows header first, as read by {@link TabularFile}
     * @param progress told the number of data rows checked so far, now and then
     */
    List<ImportLine> dryRun(List<List<String>> rows, Actor actor, IntConsumer progress);

    /** Records every row in one transaction, or none; returns the number recorded. */
    int commit(List<List<String>> rows, Actor actor, IntConsumer progress);

    /** The module's import page, linked from the job page. */
    String home();
}
