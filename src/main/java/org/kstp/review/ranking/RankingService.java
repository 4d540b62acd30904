package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.review.domain.BureauOnly;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.springframework.stereotype.Service;

/** Builds a call's ranking for the bureau: aggregates, order, funding line, decisions, flags. */
@Service
public class RankingService {

    private final RankingQuery query;
    private final ProposalApi proposals;
    private final ProgramApi programs;
    private final ReviewQuorum quorum;

    RankingService(RankingQuery query, ProposalApi proposals, ProgramApi programs, ReviewQuorum quorum) {
        this.quorum = quorum;
        this.query = query;
        this.proposals = proposals;
        this.programs = programs;
    }

    public Ranking ranking(UUID callId, RankingBasis basis, Actor actor) {
        BureauOnly.require(actor);
        CallView call = programs.call(callId).orElseThrow(() -> new NotFound("call", callId));
        Map<UUID, ProposalAggregate> aggregates = Aggregation.of(query.validTotals(callId), quorum.minimum());
        List<ProposalSummary> ranked = new ArrayList<>(proposals.rankableOfCall(callId));
        Comparator<ProposalSummary> byScore = Comparator.comparing(
                (ProposalSummary p) -> aggregate(aggregates, p).score(basis),
                Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())).reversed();
        ranked.sort(byScore
                .thenComparing(p -> aggregate(aggregates, p).mean(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ProposalSummary::requestedAmount)
                .thenComparing(ProposalSummary::trackingNumber));
        Map<UUID, Integer> itemLimits = new HashMap<>();
        call.items().stream().filter(i -> i.maxFunded() != null).forEach(i -> itemLimits.put(i.id(), i.maxFunded()));
        List<FundingLine.Position> line = FundingLine.draw(ranked.stream().map(RankingService::candidate).toList(),
                call.budgetCap(), itemLimits);
        Map<UUID, RankingQuery.Recorded> decisions = query.decisions(callId);
        Map<UUID, Integer> flags = query.flagCounts(ranked.stream().map(ProposalSummary::id).toList());
        List<RankedProposal> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ProposalSummary p = ranked.get(i);
            ProposalAggregate a = aggregate(aggregates, p);
            RankingQuery.Recorded d = decisions.get(p.id());
            rows.add(new RankedProposal(a.validReviews() == 0 ? 0 : i + 1, p, a, a.score(basis),
                    line.get(i).cumulative(), line.get(i).aboveLine(), d == null ? null : d.decision(),
                    d == null ? null : d.amount(), d == null ? null : d.note(), flags.getOrDefault(p.id(), 0),
                    line.get(i).itemFull()));
        }
        return new Ranking(callId, call.title(), call.budgetCap(), basis, rows, call.items());
    }

    /** The aggregate of one proposal of the call, if it has valid reviews. */
    public ProposalAggregate aggregateOf(UUID callId, UUID proposalId) {
        return Aggregation.of(query.validTotals(callId), quorum.minimum()).getOrDefault(proposalId, ProposalAggregate.none(proposalId));
    }

    private static ProposalAggregate aggregate(Map<UUID, ProposalAggregate> all, ProposalSummary p) {
        return all.getOrDefault(p.id(), ProposalAggregate.none(p.id()));
    }

    /** An approved proposal takes its approved amount; a declined one takes nothing; others their request. */
    private static FundingLine.Candidate candidate(ProposalSummary p) {
        BigDecimal amount = p.approvedAmount() != null ? p.approvedAmount() : p.requestedAmount();
        return new FundingLine.Candidate(p.id(), amount == null ? BigDecimal.ZERO : amount,
                !"DECLINED".equals(p.status()), p.callItemId());
    }
}
