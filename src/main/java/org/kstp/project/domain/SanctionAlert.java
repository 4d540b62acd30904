package org.kstp.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.common.TransitionTable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A sanction against the PI or the host of a running project, raised when it took effect. It holds
 * the project's disbursements until staff record a decision; the decision and its note stay on it.
 *
 * @param party PI or HOST: whom the record names
 * @param measures the measures that apply, as stored for staff (kind and period)
 */
@Table("project_sanction_alert")
public class SanctionAlert {

    public static final TransitionTable<SanctionAlertStatus, SanctionDecision> LIFECYCLE =
            TransitionTable.of(SanctionAlertStatus.class, SanctionDecision.class)
                    .allow(SanctionDecision.CONTINUE, SanctionAlertStatus.CONTINUED, SanctionAlertStatus.OPEN,
                            SanctionAlertStatus.SUSPENDED)
                    .allow(SanctionDecision.SUSPEND, SanctionAlertStatus.SUSPENDED, SanctionAlertStatus.OPEN)
                    .allow(SanctionDecision.TERMINATE, SanctionAlertStatus.TERMINATED, SanctionAlertStatus.OPEN,
                            SanctionAlertStatus.SUSPENDED);

    /** Whom a record names on a project. */
    public enum Party { PI, HOST }

    private final UUID recordId;
    private final Party party;
    private final String subjectName;
    private final String issuer;
    private final String documentNumber;
    private final String measures;
    private final LocalDate tookEffectOn;
    private final Instant raisedAt;
    private SanctionAlertStatus status;
    private UUID decidedBy;
    private String decidedByName;
    private Instant decidedAt;
    private String note;

    SanctionAlert(UUID recordId, Party party, String subjectName, String issuer, String documentNumber,
                  String measures, LocalDate tookEffectOn, Instant raisedAt, SanctionAlertStatus status,
                  UUID decidedBy, String decidedByName, Instant decidedAt, String note) {
        this.recordId = recordId;
        this.party = party;
        this.subjectName = subjectName;
        this.issuer = issuer;
        this.documentNumber = documentNumber;
        this.measures = measures;
        this.tookEffectOn = tookEffectOn;
        this.raisedAt = raisedAt;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
        this.note = note;
    }

    static SanctionAlert raise(UUID recordId, Party party, String subjectName, String issuer, String documentNumber,
                               String measures, LocalDate tookEffectOn, Instant now) {
        return new SanctionAlert(recordId, party, subjectName, issuer, documentNumber, measures, tookEffectOn, now,
                SanctionAlertStatus.OPEN, null, null, null, null);
    }

    /** Records the decision; a note is required because the decision must be explainable later. */
    SanctionAlertStatus decide(SanctionDecision decision, String decisionNote, Actor actor, Instant now) {
        if (decisionNote == null || decisionNote.isBlank()) {
            throw new RuleViolation("project.alert.noteRequired");
        }
        status = LIFECYCLE.require(status, decision, "project");
        decidedBy = actor.accountId();
        decidedByName = actor.displayName();
        decidedAt = now;
        note = decisionNote.trim();
        return status;
    }

    /** Whether this alert holds disbursements. */
    public boolean blocksDisbursement() {
        return status != SanctionAlertStatus.CONTINUED;
    }

    public Set<SanctionDecision> possibleDecisions() {
        return LIFECYCLE.actionsFrom(status);
    }

    public UUID recordId() { return recordId; }
    public Party party() { return party; }
    public String subjectName() { return subjectName; }
    public String issuer() { return issuer; }
    public String documentNumber() { return documentNumber; }
    public String measures() { return measures; }
    public LocalDate tookEffectOn() { return tookEffectOn; }
    public Instant raisedAt() { return raisedAt; }
    public SanctionAlertStatus status() { return status; }
    public String decidedByName() { return decidedByName; }
    public Instant decidedAt() { return decidedAt; }
    public String note() { return note; }
}
