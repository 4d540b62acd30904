package org.kstp.proposal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kstp.program.BudgetRules;
import org.kstp.program.CallItemView;
import org.kstp.program.CallView;
import org.kstp.program.ConcurrencyRules;
import org.kstp.program.RequiredSection;

/** Calls as the proposal rules see them, for domain tests: open, capped at 500,000 yuan. */
final class Calls {

    private Calls() {
    }

    static CallView open(List<CallItemView> items, Set<RequiredSection> required) {
        return open(items, required, false);
    }

    /** An open call that does or does not check the host's legal representative. */
    static CallView open(List<CallItemView> items, Set<RequiredSection> required, boolean checkLegalRep) {
        return new CallView(UUID.randomUUID(), UUID.randomUUID(), "Programme", "T1", "Call", "", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(86_400), new BigDecimal("500000.00"), true, false, true,
                BudgetRules.parse("5000000:0.30;*:0.20", new BigDecimal("500000")),
                new ConcurrencyRules(1, 2, 3, false), Map.of(), List.of(), 0, items, required, checkLegalRep);
    }

    static CallItemView item(int number, String cap) {
        return new CallItemView(UUID.randomUUID(), number, "Item " + number, "Goals", "Indicators",
                cap == null ? null : new BigDecimal(cap), null);
    }

    /** A draft proposal to the call with the given detail, asking for {@code amount}. */
    static Proposal proposal(String amount, ProposalDetail detail) {
        Proposal p = ProposalLifecycleTest.inStatus(ProposalStatus.DRAFT);
        p.edit(new ProposalContent("Title", "s", "k", "T1", "FRUIT", new BigDecimal(amount), List.of(),
                null, java.time.LocalDate.of(2028, 6, 30), detail), Instant.EPOCH);
        return p;
    }
}
