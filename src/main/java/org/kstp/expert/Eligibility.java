package org.kstp.expert;

import java.util.List;
import java.util.UUID;

/** Whether one expert may review one proposal: eligible when no rule gives a reason. */
public record Eligibility(UUID expertAccountId, String name, String username, List<ConflictReason> reasons) {

    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    public boolean has(ConflictCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
