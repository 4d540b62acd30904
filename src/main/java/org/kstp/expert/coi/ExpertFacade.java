package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.Eligibility;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.ExpertView;
import org.kstp.expert.NewExpert;
import org.kstp.expert.ProposalParties;
import org.kstp.expert.domain.Expert;
import org.kstp.expert.domain.ExpertService;
import org.kstp.expert.domain.Profile;
import org.kstp.expert.domain.YearlyCap;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.springframework.stereotype.Service;

/** {@link ExpertApi}: eligibility from the in-memory pool index, profiles through the domain service. */
@Service
class ExpertFacade implements ExpertApi {

    private final PoolHolder pool;
    private final ConflictEngine engine;
    private final ConflictSettings settings;
    private final ExpertService service;
    private final IdentityApi identity;
    private final YearlyCap caps;

    ExpertFacade(PoolHolder pool, ConflictEngine engine, ConflictSettings settings, ExpertService service,
                 IdentityApi identity, YearlyCap caps) {
        this.caps = caps;
        this.pool = pool;
        this.engine = engine;
        this.settings = settings;
        this.service = service;
        this.identity = identity;
    }

    @Override
    public Eligibility explain(ProposalParties parties, UUID expertAccountId, LocalDate date) {
        return explain(parties, expertAccountId, date, settings);
    }

    @Override
    public List<Eligibility> eligibleExperts(ProposalParties parties, LocalDate date) {
        return eligibleExperts(parties, date, settings);
    }

    @Override
    public List<Eligibility> excludedExperts(ProposalParties parties, LocalDate date) {
        return excludedExperts(parties, date, settings);
    }

    @Override
    public Eligibility explain(ProposalParties parties, UUID expertAccountId, LocalDate date,
                               ConflictSettings settings) {
        ExpertFacts facts = pool.current().expert(expertAccountId);
        if (facts == null) {
            String name = identity.account(expertAccountId).map(AccountSummary::displayName).orElse(null);
            return new Eligibility(expertAccountId, name, null,
                    List.of(new ConflictReason(ConflictCode.NOT_IN_POOL, "expert.conflict.noProfile", null)));
        }
        return new Eligibility(expertAccountId, facts.name(), facts.username(),
                engine.explain(parties, facts, date, settings));
    }

    @Override
    public List<Eligibility> eligibleExperts(ProposalParties parties, LocalDate date, ConflictSettings settings) {
        return engine.screen(parties, pool.current(), date, settings).eligible();
    }

    @Override
    public List<Eligibility> excludedExperts(ProposalParties parties, LocalDate date, ConflictSettings settings) {
        return engine.screen(parties, pool.current(), date, settings).excluded();
    }

    @Override
    public int yearlyCap(UUID expertAccountId) {
        return service.byAccount(expertAccountId).map(caps::of).orElse(0);
    }

    @Override
    public Optional<ExpertView> expert(UUID accountId) {
        return service.byAccount(accountId).map(ExpertFacade::view);
    }

    @Override
    public UUID register(NewExpert p, boolean approve, Actor by) {
        Profile profile = new Profile(p.title(), p.employerOrganisationId(), p.disciplines(), p.keywords(), p.fields(),
                p.region(), p.partnerProvince(), p.pastWork(), List.of(), List.of(), List.of());
        return service.enter(p.accountId(), profile, approve, by).accountId();
    }

    static ExpertView view(Expert e) {
        return new ExpertView(e.accountId(), e.name(), e.username(), e.title(), e.employerOrganisationId(),
                e.disciplines(), e.keywords(), e.fields(), e.region(), e.partnerProvince(),
                e.status().name(), e.pastWork());
    }
}
