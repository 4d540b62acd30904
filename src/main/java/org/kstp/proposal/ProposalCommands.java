package org.kstp.proposal;

import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;

/**
 * The steps users take on a proposal, for callers outside the module's pages (the demo drives a
 * prefecture's year through them). Each goes through the same permission checks, checklist, quotas,
 * integrity checks and transition table as the pages do, and is audited.
 */
public interface ProposalCommands {

    /** The PI starts a proposal in a call that is accepting proposals. */
    UUID draft(UUID callId, NewProposal proposal, Actor pi);

    /** The PI submits; refused while the checklist has blockers. */
    void submit(UUID id, Actor pi);

    /** The host institution endorses. */
    void endorse(UUID id, Actor host);

    /** The county bureau recommends, within its quota. */
    void recommend(UUID id, Actor county);

    /** The prefecture bureau takes the proposal in. */
    void accept(UUID id, Actor bureau);

    /** Sent back to the PI for revision, with the reason the PI reads. */
    void returnForRevision(UUID id, String reason, Actor actor);

    /** The PI withdraws the proposal before review. */
    void withdraw(UUID id, String reason, Actor pi);

    /** The bureau's formal check with every item of the call's list passed. */
    void passFormalCheck(UUID id, Actor bureau);

    /** The bureau's formal check failing one item: the proposal is rejected, the note says why. */
    void rejectFormally(UUID id, String itemCode, String note, Actor bureau);

    /** How many proposals this user sees in each status: the counts a user's work list starts from. */
    Map<String, Integer> visibleCounts(Actor actor);
}
