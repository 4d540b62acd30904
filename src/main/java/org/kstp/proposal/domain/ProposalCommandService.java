package org.kstp.proposal.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.NewProposal;
import org.kstp.proposal.ProposalCommands;
import org.kstp.proposal.query.ProposalQuery;
import org.springframework.stereotype.Service;

/** {@link ProposalCommands} on top of the same service and formal check the pages use. */
@Service
class ProposalCommandService implements ProposalCommands {

    private final ProposalService proposals;
    private final FormalCheck formalCheck;
    private final ProposalQuery query;

    ProposalCommandService(ProposalService proposals, FormalCheck formalCheck, ProposalQuery query) {
        this.proposals = proposals;
        this.formalCheck = formalCheck;
        this.query = query;
    }

    @Override
    public UUID draft(UUID callId, NewProposal p, Actor pi) {
        return proposals.draft(callId, content(p), pi);
    }

    @Override
    public void submit(UUID id, Actor pi) {
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
    }

    @Override
    public void endorse(UUID id, Actor host) {
        proposals.act(id, ProposalAction.ENDORSE, null, host);
    }

    @Override
    public void recommend(UUID id, Actor county) {
        proposals.act(id, ProposalAction.RECOMMEND, null, county);
    }

    @Override
    public void accept(UUID id, Actor bureau) {
        proposals.act(id, ProposalAction.ACCEPT, null, bureau);
    }

    @Override
    public void returnForRevision(UUID id, String reason, Actor actor) {
        proposals.act(id, ProposalAction.RETURN, reason, actor);
    }

    @Override
    public void withdraw(UUID id, String reason, Actor pi) {
        proposals.act(id, ProposalAction.WITHDRAW, reason, pi);
    }

    @Override
    public void passFormalCheck(UUID id, Actor bureau) {
        formalCheck.record(id, verdicts(id, null, null), FormalCheck.Outcome.RETURN, bureau);
    }

    @Override
    public void rejectFormally(UUID id, String itemCode, String note, Actor bureau) {
        formalCheck.record(id, verdicts(id, itemCode, note), FormalCheck.Outcome.REJECT, bureau);
    }

    @Override
    public Map<String, Integer> visibleCounts(Actor actor) {
        return query.countsByStatus(actor);
    }

    /** Every item of the proposal's call passed, except {@code failedItem} (if any) with its note. */
    private Map<String, FormalCheck.Verdict> verdicts(UUID id, String failedItem, String note) {
        Map<String, FormalCheck.Verdict> verdicts = new HashMap<>();
        for (String item : proposals.call(proposals.summary(id).callId()).formalCheckItems()) {
            boolean failed = item.equals(failedItem);
            verdicts.put(item, new FormalCheck.Verdict(item, !failed, failed ? note : null));
        }
        return verdicts;
    }

    private static ProposalContent content(NewProposal p) {
        List<TeamMember> team = p.team().stream().map(m -> new TeamMember(m.name(), m.title(), m.organisationName(),
                m.duty(), m.accountId(), m.personId(), m.disciplineCode())).toList();
        Budget budget = new Budget(List.of(new BudgetLine(CostCategory.OPERATIONS, p.milestone(), p.operations(), null, null)),
                p.indirect(), List.of());
        NewProposal.Indicator i = p.indicator();
        ProposalDetail detail = new ProposalDetail(p.callItemId(), p.disciplineCode(), p.plannedStartOn(), List.of(),
                List.of(new AssessableIndicator(i.name(), i.targetValue(), i.unit())),
                List.of(new Milestone(p.plannedStartOn(), p.plannedEndOn(), p.milestone(), p.deliverable())));
        return new ProposalContent(p.title(), p.summary(), p.keywords(), p.planTaskCode(), p.industryCode(),
                p.countyCode(), p.operations().add(p.indirect()), team, budget, p.plannedEndOn(), detail);
    }
}
