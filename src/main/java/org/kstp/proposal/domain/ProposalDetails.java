package org.kstp.proposal.domain;

import org.kstp.directory.DirectoryApi;
import org.kstp.directory.DisciplineSummary;
import org.kstp.program.CallItemView;
import org.kstp.program.CallView;
import org.kstp.proposal.ProposalDetailView;
import org.kstp.proposal.ProposalDetailView.IndicatorRow;
import org.kstp.proposal.ProposalDetailView.MilestoneRow;
import org.kstp.proposal.ProposalDetailView.PartnerRow;
import org.springframework.stereotype.Component;

/** Resolves a proposal's detail (item number and title, discipline name) for read-only display. */
@Component
public class ProposalDetails {

    private final DirectoryApi directory;

    ProposalDetails(DirectoryApi directory) {
        this.directory = directory;
    }

    public ProposalDetailView of(Proposal p, CallView call) {
        CallItemView item = call.item(p.callItemId()).orElse(null);
        return new ProposalDetailView(item == null ? null : item.number(), item == null ? null : item.title(),
                p.disciplineCode(), directory.discipline(p.disciplineCode()).map(DisciplineSummary::name).orElse(null),
                p.plannedStartOn(), p.plannedEndOn(),
                p.partners().stream().map(x -> new PartnerRow(x.name(), x.uscc(), x.role().name())).toList(),
                p.indicators().stream().map(x -> new IndicatorRow(x.name(), x.targetValue(), x.unit())).toList(),
                p.milestones().stream().map(x -> new MilestoneRow(x.startsOn(), x.endsOn(), x.milestone(),
                        x.deliverable())).toList());
    }
}
