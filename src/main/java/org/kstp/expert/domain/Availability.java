package org.kstp.expert.domain;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A period (both ends inclusive) in which the expert is available; none declared means always. */
@Table("expert_availability")
public record Availability(LocalDate fromDate, LocalDate toDate) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(fromDate) && !date.isAfter(toDate);
    }
}
