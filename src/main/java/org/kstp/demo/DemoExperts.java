package org.kstp.demo;

import java.util.List;
import java.util.Map;
import org.kstp.common.Actor;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.NewExpert;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.springframework.stereotype.Component;

/** Gives the demo expert accounts approved profiles from demo.yml; skips accounts that already have one. */
@Component
class DemoExperts {

    private final IdentityApi identity;
    private final ExpertApi experts;

    DemoExperts(IdentityApi identity, ExpertApi experts) {
        this.identity = identity;
        this.experts = experts;
    }

    @SuppressWarnings("unchecked")
    void seed(List<Map<String, Object>> profiles) {
        for (Map<String, Object> p : profiles) {
            AccountSummary account = identity.accountByUsername((String) p.get("username")).orElse(null);
            if (account == null || experts.expert(account.id()).isPresent()) {
                continue;
            }
            experts.register(new NewExpert(account.id(), (String) p.get("title"), account.organisationId(),
                    (List<String>) p.get("disciplines"), (String) p.get("keywords"), (List<String>) p.get("fields"),
                    String.valueOf(p.get("region")), Boolean.TRUE.equals(p.get("partnerProvince")),
                    (String) p.get("pastWork")), true, Actor.system());
        }
    }
}
