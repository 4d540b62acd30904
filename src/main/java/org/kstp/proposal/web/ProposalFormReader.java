package org.kstp.proposal.web;

import java.util.ArrayList;
import java.util.List;
import org.kstp.common.Actor;
import org.kstp.directory.DirectoryApi;
import org.kstp.plan.PlanApi;
import org.kstp.program.CallView;
import org.kstp.proposal.domain.Budget;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.CoFunding;
import org.kstp.proposal.domain.Milestone;
import org.kstp.proposal.domain.Partner;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns the proposal form into content. What the form cannot know by itself is looked up here: the
 * call item must be the call's, partners and disciplines must be in the directory, team members
 * become person records. Anything unresolvable is a field error next to the row it concerns.
 */
@Component
class ProposalFormReader {

    private final DirectoryApi directory;
    private final PlanApi plan;
    private final TeamRows team;

    ProposalFormReader(DirectoryApi directory, PlanApi plan, TeamRows team) {
        this.directory = directory;
        this.plan = plan;
        this.team = team;
    }

    /**
     * The content to save.
     *
     * @param known the person records already on the proposal's team (none for a new one): a team row
     *     may keep pointing at them, but at no other record the actor may not edit
     */
    ProposalContent read(ProposalForm form, CallView call, java.util.Set<java.util.UUID> known, Actor actor,
                         BindingResult errors) {
        List<BudgetLine> lines = form.getBudget().stream().filter(l -> !l.isBlank() && l.getAmount() != null)
                .map(l -> new BudgetLine(l.getCategory(), l.getItem().trim(), l.getAmount(), l.getJustification()))
                .toList();
        List<CoFunding> coFunding = form.getCoFunding().stream().filter(c -> !c.isBlank() && c.getAmount() != null)
                .map(c -> new CoFunding(c.getSource().trim(), c.getAmount())).toList();
        if (form.getCallItemId() != null && call.item(form.getCallItemId()).isEmpty()) {
            errors.rejectValue("callItemId", "proposal.check.callItemUnknown");
        }
        checkCodes(form, errors);
        String discipline = form.getDisciplineCode();
        if (discipline != null && !discipline.isBlank() && directory.discipline(discipline).isEmpty()) {
            errors.rejectValue("disciplineCode", "proposal.field.disciplineUnknown", new Object[] {discipline.trim()},
                    null);
        }
        ProposalDetail detail = new ProposalDetail(form.getCallItemId(), discipline, form.getPlannedStartOn(),
                partners(form, errors), form.getIndicators().stream().filter(i -> !i.isBlank())
                .map(IndicatorForm::toIndicator).toList(), milestones(form, errors));
        return new ProposalContent(form.getTitle(), form.getSummary(), form.getKeywords(), form.getPlanTaskCode(),
                form.getIndustryCode(), form.getRequestedAmount(),
                team.read(form.getTeam(), detail.partners(), known, actor, errors),
                new Budget(lines, form.getIndirectAmount(), coFunding), form.getPlannedEndOn(), detail);
    }

    /** The plan task and industry are chosen from lists: any other code is refused next to its field. */
    private void checkCodes(ProposalForm form, BindingResult errors) {
        String task = form.getPlanTaskCode();
        if (task != null && !task.isBlank() && !errors.hasFieldErrors("planTaskCode") && plan.task(task).isEmpty()) {
            errors.rejectValue("planTaskCode", "proposal.field.planTaskUnknown");
        }
        String industry = form.getIndustryCode();
        if (industry != null && !industry.isBlank() && !errors.hasFieldErrors("industryCode")
                && plan.industries().stream().noneMatch(i -> i.code().equals(industry))) {
            errors.rejectValue("industryCode", "proposal.field.industryUnknown");
        }
    }

    private List<Partner> partners(ProposalForm form, BindingResult errors) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < form.getPartners().size(); i++) {
            PartnerForm row = form.getPartners().get(i);
            if (row.isBlank()) {
                continue;
            }
            var organisation = directory.organisationByUscc(row.getUscc());
            if (organisation.isEmpty()) {
                errors.rejectValue("partners[" + i + "].uscc", "proposal.partner.unknownUscc");
            } else if (row.getRole() == null) {
                errors.rejectValue("partners[" + i + "].role", "proposal.partner.roleRequired");
            } else {
                row.setName(organisation.get().name());
                partners.add(new Partner(organisation.get().id(), organisation.get().uscc(), organisation.get().name(),
                        row.getRole()));
            }
        }
        return partners;
    }

    private static List<Milestone> milestones(ProposalForm form, BindingResult errors) {
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < form.getMilestones().size(); i++) {
            MilestoneForm row = form.getMilestones().get(i);
            if (row.isBlank()) {
                continue;
            }
            if (row.hasText()) {
                milestones.add(row.toMilestone());
            } else {
                errors.rejectValue("milestones[" + i + "].milestone", "proposal.milestone.textRequired");
            }
        }
        return milestones;
    }
}
