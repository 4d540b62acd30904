package org.kstp.demand;

import java.util.UUID;
import org.kstp.common.Actor;

/**
 * The steps of demand collection for callers outside the module's pages (the demo): a county bureau
 * or an organisation submits, the bureau vets, publishes or rejects, the submitter may withdraw.
 * Each runs through the demand's own permissions and transition table, audited.
 */
public interface DemandCommands {

    UUID submit(NewDemand demand, Actor submitter);

    /** The bureau finds the demand sound: it can feed a call. */
    void vet(UUID id, Actor bureau);

    /** The bureau publishes a vetted demand on the portal. */
    void publish(UUID id, Actor bureau);

    /** The bureau turns the demand down, with the reason the submitter reads. */
    void reject(UUID id, String reason, Actor bureau);

    /** The submitter withdraws the demand. */
    void withdraw(UUID id, String reason, Actor submitter);
}
