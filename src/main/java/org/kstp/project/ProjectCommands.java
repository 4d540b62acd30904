package org.kstp.project;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;

/**
 * The bureau's steps on a project, for callers outside the module's pages (the demo). Each runs
 * through the project's own lifecycle and checks, audited.
 */
public interface ProjectCommands {

    /**
     * The project made from an approved proposal and its status; empty until the approval event has
     * been handled (projects are created after the approval commits).
     */
    Optional<ProjectState> ofProposal(UUID proposalId);

    /** The agreement (task book) is signed: the project is in progress. */
    void signAgreement(UUID projectId, Actor bureau);

    /** Pays part of the approved amount. */
    void disburse(UUID projectId, BigDecimal amount, String note, Actor bureau);

    /** A project's id and where it stands ({@code ProjectStatus} name). */
    record ProjectState(UUID id, String status) {
    }
}
