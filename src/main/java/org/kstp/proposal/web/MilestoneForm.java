package org.kstp.proposal.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kstp.proposal.domain.Milestone;
import org.springframework.format.annotation.DateTimeFormat;

/** One schedule row; a row is kept when any field is filled, so a half-typed row is not lost. */
public class MilestoneForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    @Size(max = 300)
    private String milestone;
    @Size(max = 300)
    private String deliverable;

    static MilestoneForm of(Milestone m) {
        MilestoneForm form = new MilestoneForm();
        form.startsOn = m.startsOn();
        form.endsOn = m.endsOn();
        form.milestone = m.milestone();
        form.deliverable = m.deliverable();
        return form;
    }

    boolean isBlank() {
        return startsOn == null && endsOn == null && (milestone == null || milestone.isBlank())
                && (deliverable == null || deliverable.isBlank());
    }

    boolean hasText() {
        return milestone != null && !milestone.isBlank();
    }

    Milestone toMilestone() {
        return new Milestone(startsOn, endsOn, milestone.trim(),
                deliverable == null || deliverable.isBlank() ? null : deliverable.trim());
    }

    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getMilestone() { return milestone; }
    public void setMilestone(String milestone) { this.milestone = milestone; }
    public String getDeliverable() { return deliverable; }
    public void setDeliverable(String deliverable) { this.deliverable = deliverable; }
}
