package org.kstp.program;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Calls as proposals and the portal need them. */
public interface ProgramApi {

    /**
     * The published read model of calls (id, program_id, program_name, title, status, created_at), drafts
     * included, for other modules' list queries; the program module's own tables are not theirs to read.
     */
    String CALL_VIEW = "program_call_v";

    /** The published read model of call items (call_id, item_id, position, title). */
    String CALL_ITEM_VIEW = "program_call_item_v";

    Optional<CallView> call(UUID id);

    /**
     * A call the bureau has published (whether or not its window is open now), for the public portal;
     * drafts and closed calls are empty, as if unknown.
     */
    Optional<CallView> publishedCall(UUID id);

    /** Published calls whose window is open now, closing soonest first: what applicants can apply to. */
    List<CallView> openCalls();

    /**
     * The calls whose programme is of a kind the PI limit does not count (see {@code program.source.concurrency}:
     * science-commissioner services, the regional natural science fund, minority core-talent training):
     * proposals and projects under them are left out of the count.
     */
    Set<UUID> callsOutsidePiLimit();

    /** The call's conflict-of-interest rules, which review applies when screening experts for its proposals. */
    Optional<ConflictRules> conflictRules(UUID callId);
}
