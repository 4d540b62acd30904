package org.kstp.review.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.expert.ExpertView;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.affinity.ExpertProfile;
import org.kstp.review.affinity.ProposalText;
import org.springframework.stereotype.Component;

/**
 * What the affinity engine reads of proposals and experts: title, abstract, keywords, the proposal's
 * GB/T 13745 discipline (when given) and plan industry; the expert's keywords, past work,
 * disciplines and industries.
 */
@Component
class RoundTexts {

    /** Kashgar prefecture's division code: experts registered under it are local. */
    static final String KASHGAR_PREFIX = "6531";

    private final ProposalApi proposals;

    RoundTexts(ProposalApi proposals) {
        this.proposals = proposals;
    }

    ProposalText proposal(UUID id) {
        ProposalSummary p = proposals.summary(id);
        return new ProposalText(id.toString(), p.title(), p.summary(), split(p.keywords()),
                p.disciplineCode() == null || p.disciplineCode().isBlank() ? List.of() : List.of(p.disciplineCode()),
                p.industryCode() == null ? Set.of() : Set.of(p.industryCode()));
    }

    static ExpertProfile profile(ExpertView v) {
        List<String> texts = new ArrayList<>();
        if (v.keywords() != null) {
            texts.add(v.keywords());
        }
        if (v.pastWork() != null) {
            texts.add(v.pastWork());
        }
        return new ExpertProfile(v.accountId().toString(), texts, v.disciplines(), Set.copyOf(v.fields()));
    }

    /** From a partner province, or registered outside Kashgar's counties (a province name, another code). */
    static boolean outside(ExpertView v) {
        return v.partnerProvince() || v.region() != null && !v.region().isBlank() && !v.region().startsWith(KASHGAR_PREFIX);
    }

    private static List<String> split(String keywords) {
        if (keywords == null) {
            return List.of();
        }
        return Arrays.stream(keywords.split("[,\\N{FULLWIDTH COMMA}\\N{IDEOGRAPHIC COMMA};\\N{FULLWIDTH SEMICOLON}\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
