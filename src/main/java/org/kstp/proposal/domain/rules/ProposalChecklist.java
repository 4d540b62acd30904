package org.kstp.proposal.domain.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.program.CallView;
import org.kstp.proposal.domain.Proposal;
import org.springframework.stereotype.Component;

/**
 * The proposal's rules, in the order the applicant reads their findings: the form, the budget, the
 * call's requirements, integrity, then the concurrency limits. Shown on the proposal page all the
 * time (not only on submit); every finding blocks submission.
 */
@Component
public class ProposalChecklist {

    /** Records may arrive after submission, so intake and the formal check ask these rules again. */
    private static final Set<RuleCode> RECHECKED_AFTER_SUBMISSION = EnumSet.of(RuleCode.INTEGRITY,
            RuleCode.LEGAL_REPRESENTATIVE);

    private final List<ProposalRule> rules;
    private final BusinessTime time;

    ProposalChecklist(ResearchIntegrity integrity, LegalRepresentative legalRepresentative, PiLimit piLimit,
                      TeamMemberLimit teamMemberLimit, InstitutionOverdue institutionOverdue, BusinessTime time) {
        this.rules = List.of(new Completeness(), new BudgetCaps(), new EquipmentJustification(),
                new CallItemRequirements(), new Partners(), new Schedule(), new CallOpen(), integrity,
                legalRepresentative, piLimit, teamMemberLimit, institutionOverdue);
        this.time = time;
    }

    public List<ProposalRule> rules() {
        return rules;
    }

    /** What blocks submission today, integrity blocks worded for the viewer (null: staff or the system). */
    public List<Finding> errors(Proposal proposal, CallView call, Actor viewer) {
        RuleContext context = context(call, viewer);
        return rules.stream().flatMap(rule -> rule.check(proposal, context).stream()).toList();
    }

    /** What does not block but should be known before submitting. */
    public List<Finding> warnings(Proposal proposal, CallView call) {
        RuleContext context = context(call, null);
        return rules.stream().flatMap(rule -> rule.warnings(proposal, context).stream()).toList();
    }

    /** Refuses a stage after submission (intake, formal check) with the first integrity finding, if any. */
    public void requireIntegrityClear(Proposal proposal, CallView call) {
        RuleContext context = context(call, null);
        rules.stream().filter(rule -> RECHECKED_AFTER_SUBMISSION.contains(rule.code()))
                .flatMap(rule -> rule.check(proposal, context).stream()).findFirst().ifPresent(first -> {
                    throw new RuleViolation(first.messageKey(), first.arguments());
                });
    }

    private RuleContext context(CallView call, Actor viewer) {
        return new RuleContext(call, time.today(), time.zone(), viewer);
    }
}
