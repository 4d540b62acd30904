package org.kstp.expert.coi;

import java.util.List;
import java.util.UUID;
import org.kstp.expert.domain.Availability;
import org.kstp.expert.domain.Employment;
import org.kstp.expert.domain.Expert;
import org.kstp.expert.domain.ExpertStatus;
import org.kstp.expert.domain.Relation;

/** What the conflict rules know about one expert: an immutable snapshot held in the pool index. */
public record ExpertFacts(UUID accountId, String name, String username, ExpertStatus status, UUID employerId,
                          List<Employment> employments, List<Relation> relations, String region,
                          List<Availability> availability) {

    public ExpertFacts {
        employments = List.copyOf(employments);
        relations = List.copyOf(relations);
        availability = List.copyOf(availability);
    }

    public static ExpertFacts of(Expert e) {
        return new ExpertFacts(e.accountId(), e.name(), e.username(), e.status(), e.employerOrganisationId(),
                e.employments(), e.relations(), e.region(), e.availability());
    }

    public boolean inPool() {
        return Expert.IN_POOL.contains(status);
    }
}
