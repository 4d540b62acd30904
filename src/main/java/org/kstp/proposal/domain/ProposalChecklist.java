package org.kstp.proposal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kstp.program.CallView;
import org.kstp.program.RequiredSection;

/**
 * What is still missing or wrong, shown on the proposal page all the time (not only on submit).
 * Errors block submission; each finding is a message key the page translates.
 */
public final class ProposalChecklist {

    private ProposalChecklist() {
    }

    /** A finding: its message key and arguments. */
    public record Finding(String messageKey, Object... arguments) {
    }

    public static List<Finding> check(Proposal p, CallView call) {
        List<Finding> findings = new ArrayList<>();
        require(findings, p.title(), "proposal.check.titleMissing");
        require(findings, p.summary(), "proposal.check.summary");
        require(findings, p.keywords(), "proposal.check.keywords");
        require(findings, p.planTaskCode(), "proposal.check.planTask");
        require(findings, p.industryCode(), "proposal.check.industry");
        BigDecimal amount = p.requestedAmount();
        if (amount == null || amount.signum() <= 0) {
            findings.add(new Finding("proposal.check.amount"));
        } else if (amount.compareTo(call.budgetCap()) > 0) {
            findings.add(new Finding("proposal.check.amountOverCap", call.budgetCap().toPlainString()));
        }
        if (p.planTaskCode() != null && call.planTaskCode() != null && !call.planTaskCode().equals(p.planTaskCode())) {
            findings.add(new Finding("proposal.check.taskMismatch", call.planTaskCode()));
        }
        findings.addAll(BudgetPolicies.check(p.budget(), amount, call.budgetRules()));
        if (p.plannedEndOn() == null) {
            findings.add(new Finding("proposal.check.plannedEnd"));
        }
        if (p.team().isEmpty()) {
            findings.add(new Finding("proposal.check.team"));
        }
        findings.addAll(CallItemRule.check(p, call));
        if (p.disciplineCode() == null && call.requires(RequiredSection.DISCIPLINE)) {
            findings.add(new Finding("proposal.check.discipline"));
        }
        if (p.indicators().isEmpty() && call.requires(RequiredSection.INDICATORS)) {
            findings.add(new Finding("proposal.check.indicators"));
        }
        p.indicators().stream().filter(i -> i.targetValue() == null || i.targetValue().isBlank())
                .forEach(i -> findings.add(new Finding("proposal.check.indicatorTarget", i.name())));
        findings.addAll(PartnerRules.check(p, call));
        findings.addAll(ScheduleRules.check(p, call));
        if (!call.acceptingProposals()) {
            findings.add(new Finding("proposal.check.callClosed"));
        }
        return findings;
    }

    private static void require(List<Finding> findings, String value, String key) {
        if (value == null || value.isBlank()) {
            findings.add(new Finding(key));
        }
    }
}
