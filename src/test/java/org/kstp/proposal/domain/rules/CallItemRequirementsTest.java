package org.kstp.proposal.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.domain.Calls;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalDetail;
import org.kstp.program.CallItemView;
import org.kstp.program.CallView;

/** A proposal to a call with items answers one of them and stays within its cap as well as the call's. */
class CallItemRequirementsTest {

    private final CallItemView capped = Calls.item(1, "300000.00");
    private final CallItemView open = Calls.item(2, null);
    private final CallView call = Calls.open(List.of(capped, open), Set.of());

    private static ProposalDetail answering(UUID item) {
        return new ProposalDetail(item, null, null, List.of(), List.of(), List.of());
    }

    private List<String> keys(Proposal p, CallView c) {
        return java.util.stream.Stream.of(new BudgetCaps(), new CallItemRequirements())
                .flatMap(rule -> rule.check(p, context(c)).stream()).map(Finding::messageKey).toList();
    }

    private static RuleContext context(CallView c) {
        return new RuleContext(c, java.time.LocalDate.of(2026, 6, 1), java.time.ZoneId.of(BusinessTime.DEFAULT_ZONE), null);
    }

    private List<Finding> check(Proposal p, CallView c) {
        return new CallItemRequirements().check(p, context(c));
    }

    @Test
    void aCallWithItemsRequiresOneOfItsOwn() {
        assertThat(check(Calls.proposal("100000", answering(null)), call))
                .extracting(Finding::messageKey).containsExactly("proposal.check.callItem");
        assertThat(check(Calls.proposal("100000", answering(UUID.randomUUID())), call))
                .extracting(Finding::messageKey).containsExactly("proposal.check.callItemUnknown");
        assertThat(check(Calls.proposal("100000", answering(null)), Calls.open(List.of(), Set.of())))
                .isEmpty();
    }

    @Test
    void theItemCapBindsToTheFen() {
        assertThat(check(Calls.proposal("300000.00", answering(capped.id())), call)).isEmpty();
        var over = check(Calls.proposal("300000.01", answering(capped.id())), call);
        assertThat(over).extracting(Finding::messageKey)
                .containsExactly("proposal.check.amountOverItemCap");
        assertThat(over.getFirst().arguments()).containsExactly(1, "300000.00");
        assertThat(check(Calls.proposal("450000", answering(open.id())), call)).isEmpty();
    }

    @Test
    void theCallCapStillAppliesUnderAnItemWithoutCap() {
        assertThat(keys(Calls.proposal("500000.01", answering(open.id())), call))
                .contains("proposal.check.amountOverCap").doesNotContain("proposal.check.amountOverItemCap");
        assertThat(keys(Calls.proposal("400000", answering(capped.id())), call))
                .contains("proposal.check.amountOverItemCap").doesNotContain("proposal.check.amountOverCap");
    }
}
