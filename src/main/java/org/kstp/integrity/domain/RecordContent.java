package org.kstp.integrity.domain;

import java.util.List;

/** What staff state for a finding or a correction: subject, facts, source decision, tier and measures. */
public record RecordContent(Party party, String finding, Decision decision, Tier tier, List<Measure> measures,
                            String note) {

    public RecordContent {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
