package org.kstp.proposal.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner institution, found in the directory by its unified social credit code. Code and name are
 * copied as they were when chosen, so the proposal reads the same if the directory entry changes.
 */
@Table("proposal_partner")
public record Partner(UUID organisationId, String uscc, String name, PartnerRole role) {
}
