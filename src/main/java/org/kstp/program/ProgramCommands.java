package org.kstp.program;

import java.util.UUID;
import org.kstp.common.Actor;

/** Creating programmes and calls from outside the module's own pages (e.g. demo seeding). All audited. */
public interface ProgramCommands {

    /** Creates a programme under a task of the plan; refused for an unknown task. */
    UUID createProgram(String name, String planTaskCode, String description, Actor actor);

    /** Drafts a call in the programme; refused for an empty window or a non-positive cap. */
    UUID draftCall(UUID programId, CallDraft draft, Actor actor);

    /** Adds an item to a draft or published call; refused when the item's cap exceeds the call's. */
    UUID addCallItem(UUID callId, CallItemDraft item, Actor actor);

    /** Publishes a draft call; refused once its window has passed. */
    void publishCall(UUID callId, Actor actor);
}
