package org.kstp.proposal.domain;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One step of the schedule: a date range inside the project period, what is reached and what is delivered. */
@Table("proposal_milestone")
public record Milestone(LocalDate startsOn, LocalDate endsOn, String milestone, String deliverable) {
}
