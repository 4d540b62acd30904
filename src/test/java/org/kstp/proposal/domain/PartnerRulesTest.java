package org.kstp.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.program.CallView;
import org.kstp.program.RequiredSection;

/** Partner institutions: required where the call says so, never the host, each once, each with a role. */
class PartnerRulesTest {

    private final CallView requiring = Calls.open(List.of(), Set.of(RequiredSection.PARTNERS));
    private final CallView optional = Calls.open(List.of(), Set.of());

    private static Proposal with(Partner... partners) {
        return Calls.proposal("100000", new ProposalDetail(null, null, null, List.of(partners), List.of(), List.of()));
    }

    private static Partner partner(UUID org, String name, PartnerRole role) {
        return new Partner(org, "91653100MA775XXXXX", name, role);
    }

    private static List<String> keys(Proposal p, CallView call) {
        return PartnerRules.check(p, call).stream().map(ProposalChecklist.Finding::messageKey).toList();
    }

    @Test
    void requiredOnlyWhereTheCallSaysSo() {
        assertThat(keys(with(), requiring)).containsExactly("proposal.check.partners");
        assertThat(keys(with(), optional)).isEmpty();
        assertThat(keys(with(partner(UUID.randomUUID(), "Partner", PartnerRole.DEMONSTRATION)), requiring)).isEmpty();
    }

    @Test
    void theHostIsNoPartner() {
        Proposal p = with(partner(UUID.randomUUID(), "Other", PartnerRole.JOINT_RESEARCH));
        assertThat(keys(p, optional)).isEmpty();
        p.edit(new ProposalContent("T", "s", "k", "T1", "FRUIT", new java.math.BigDecimal("1"), List.of(),
                null, null, new ProposalDetail(null, null, null, List.of(partner(p.hostOrganisationId(), "Host",
                PartnerRole.JOINT_RESEARCH)), List.of(), List.of())), java.time.Instant.EPOCH);
        var findings = PartnerRules.check(p, optional);
        assertThat(findings).extracting(ProposalChecklist.Finding::messageKey)
                .containsExactly("proposal.check.partnerIsHost");
        assertThat(findings.getFirst().arguments()).containsExactly("Host");
    }

    @Test
    void eachPartnerOnceAndWithARole() {
        UUID org = UUID.randomUUID();
        assertThat(keys(with(partner(org, "Twice", PartnerRole.DEMONSTRATION),
                partner(org, "Twice", PartnerRole.TECHNICAL_SUPPORT)), optional))
                .containsExactly("proposal.check.partnerTwice");
        assertThat(keys(with(partner(UUID.randomUUID(), "No role", null)), optional))
                .containsExactly("proposal.check.partnerRole");
    }
}
