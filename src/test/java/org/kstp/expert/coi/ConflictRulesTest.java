package org.kstp.expert.coi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.Eligibility;
import org.kstp.expert.ProposalParties;
import org.kstp.expert.ProposalParties.Person;
import org.kstp.expert.domain.Availability;
import org.kstp.expert.domain.Employment;
import org.kstp.expert.domain.ExpertStatus;
import org.kstp.expert.domain.Relation;
import org.kstp.expert.domain.RelationKind;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.Subject;

/** Each conflict rule on its own, with its window: the day before, on and after N years. */
class ConflictRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    static final UUID HOST = UUID.randomUUID();
    static final UUID PI = UUID.randomUUID();
    static final UUID MEMBER = UUID.randomUUID();
    static final UUID PARTNER = UUID.randomUUID();
    /** Where the second team member, who has no account, works. */
    static final UUID MEMBER_EMPLOYER = UUID.randomUUID();
    static final ConflictSettings SETTINGS = ConflictSettings.defaults();

    final Set<UUID> sanctioned = new java.util.HashSet<>();
    final ConflictEngine engine = new ConflictEngine(new IntegrityApi() {
        @Override
        public IntegrityVerdict check(Subject subject, Activity activity, LocalDate date) {
            return check(List.of(subject), activity, date);
        }

        @Override
        public IntegrityVerdict check(List<Subject> subjects, Activity activity, LocalDate date) {
            return subjects.stream().anyMatch(s -> sanctioned.contains(s.accountId()) && activity == Activity.REVIEW)
                    ? new IntegrityVerdict(List.of(new IntegrityVerdict.Reason(subjects.getFirst(), UUID.randomUUID(),
                    MeasureKind.BAN_REVIEW, date.minusDays(1), null, "Bureau", "KJ-1")))
                    : IntegrityVerdict.ALLOWED;
        }
    });

    static ProposalParties parties(Map<UUID, LocalDate> collaborators, List<ProposalParties.Exclusion> exclusions) {
        return new ProposalParties(UUID.randomUUID(), new Person(PI, "Maimaiti Aili", HOST),
                List.of(new Person(MEMBER, "Li Hua", HOST), new Person(null, "Wang Fang", MEMBER_EMPLOYER)), HOST,
                List.of(PARTNER), "653101", exclusions, collaborators);
    }

    static ProposalParties parties() {
        return parties(Map.of(), List.of());
    }

    static ExpertFacts expert(UUID employer, List<Employment> jobs, List<Relation> relations, String region,
                              List<Availability> availability) {
        return new ExpertFacts(UUID.randomUUID(), "Expert", "e", ExpertStatus.ACTIVE, employer, jobs, relations,
                region, availability);
    }

    static ExpertFacts plain() {
        return expert(UUID.randomUUID(), List.of(), List.of(), "Shandong", List.of());
    }

    List<ConflictCode> codes(ProposalParties parties, ExpertFacts e, ConflictSettings settings) {
        return engine.explain(parties, e, TODAY, settings).stream().map(ConflictReason::code).toList();
    }

    List<ConflictCode> codes(ExpertFacts e) {
        return codes(parties(), e, SETTINGS);
    }

    @Test
    void anUnrelatedActiveExpertIsEligible() {
        assertThat(codes(plain())).isEmpty();
    }

    @Test
    void sameOrganisationNowOrLeftWithinThreeYears() {
        assertThat(codes(expert(HOST, List.of(), List.of(), null, List.of()))).containsExactly(ConflictCode.SAME_ORGANISATION);
        LocalDate windowStart = TODAY.minusYears(3);
        assertThat(codes(left(windowStart.minusDays(1)))).isEmpty();
        assertThat(codes(left(windowStart))).containsExactly(ConflictCode.SAME_ORGANISATION);
        assertThat(codes(left(windowStart.plusDays(1)))).containsExactly(ConflictCode.SAME_ORGANISATION);
        assertThat(codes(parties(), left(windowStart.minusDays(1)), new ConflictSettings(4, 3, 3, false)))
                .containsExactly(ConflictCode.SAME_ORGANISATION);
    }

    private static ExpertFacts left(LocalDate on) {
        return leftOrganisation(HOST, on);
    }

    private static ExpertFacts leftOrganisation(UUID organisation, LocalDate on) {
        return expert(UUID.randomUUID(), List.of(new Employment(organisation, LocalDate.of(2000, 1, 1), on)),
                List.of(), null, List.of());
    }

    /* RULES.md: conflicts cover the host, every partner institution and every team member's employer. */
    @Test
    void aPartnerInstitutionIsTheExpertsOwnOrganisationNowOrWithinThreeYears() {
        ExpertFacts atPartner = expert(PARTNER, List.of(), List.of(), null, List.of());
        assertThat(codes(atPartner)).containsExactly(ConflictCode.PARTNER_ORGANISATION);
        assertThat(engine.explain(parties(), atPartner, TODAY, SETTINGS).getFirst().detailKey())
                .isEqualTo("expert.conflict.currentEmployer");
        LocalDate windowStart = TODAY.minusYears(3);
        assertThat(codes(leftOrganisation(PARTNER, windowStart))).containsExactly(ConflictCode.PARTNER_ORGANISATION);
        assertThat(codes(leftOrganisation(PARTNER, windowStart.minusDays(1)))).isEmpty();
    }

    @Test
    void everyPartnerCountsNotOnlyTheFirst() {
        UUID second = UUID.randomUUID();
        ProposalParties twoPartners = new ProposalParties(UUID.randomUUID(), new Person(PI, "Maimaiti Aili", HOST),
                List.of(), HOST, List.of(PARTNER, second), "653101", List.of(), Map.of());
        assertThat(codes(twoPartners, expert(second, List.of(), List.of(), null, List.of()), SETTINGS))
                .containsExactly(ConflictCode.PARTNER_ORGANISATION);
    }

    @Test
    void aTeamMembersEmployerIsAConflictEvenForAMemberWithoutAnAccount() {
        ExpertFacts colleague = expert(MEMBER_EMPLOYER, List.of(), List.of(), null, List.of());
        assertThat(codes(colleague)).containsExactly(ConflictCode.TEAM_EMPLOYER);
        ConflictReason reason = engine.explain(parties(), colleague, TODAY, SETTINGS).getFirst();
        assertThat(reason.detail()).as("names the member, for staff to check").isEqualTo("Wang Fang");
        LocalDate windowStart = TODAY.minusYears(3);
        assertThat(codes(leftOrganisation(MEMBER_EMPLOYER, windowStart))).containsExactly(ConflictCode.TEAM_EMPLOYER);
        assertThat(codes(leftOrganisation(MEMBER_EMPLOYER, windowStart.minusDays(1)))).isEmpty();
    }

    @Test
    void aMemberAtTheHostOrAPartnerGivesOneReasonNotTwo() {
        ProposalParties memberAtPartner = new ProposalParties(UUID.randomUUID(),
                new Person(PI, "Maimaiti Aili", HOST), List.of(new Person(null, "Wang Fang", PARTNER)), HOST,
                List.of(PARTNER), "653101", List.of(), Map.of());
        assertThat(codes(memberAtPartner, expert(PARTNER, List.of(), List.of(), null, List.of()), SETTINGS))
                .containsExactly(ConflictCode.PARTNER_ORGANISATION);
        assertThat(codes(expert(HOST, List.of(), List.of(), null, List.of())))
                .containsExactly(ConflictCode.SAME_ORGANISATION);
    }

    @Test
    void declaredRelationByAccountOrNameLifelongOrWithinThreeYears() {
        assertThat(codes(related(RelationKind.SUPERVISOR_STUDENT, PI, null, LocalDate.of(1990, 1, 1))))
                .containsExactly(ConflictCode.DECLARED_RELATION);
        assertThat(codes(related(RelationKind.RELATIVE, null, "wang  fang", null)))
                .containsExactly(ConflictCode.DECLARED_RELATION);
        LocalDate windowStart = TODAY.minusYears(3);
        assertThat(codes(related(RelationKind.CO_AUTHOR, MEMBER, null, windowStart.minusDays(1)))).isEmpty();
        assertThat(codes(related(RelationKind.CO_AUTHOR, MEMBER, null, windowStart)))
                .containsExactly(ConflictCode.DECLARED_RELATION);
        assertThat(codes(related(RelationKind.COLLABORATOR, MEMBER, null, windowStart.plusDays(1))))
                .containsExactly(ConflictCode.DECLARED_RELATION);
        assertThat(codes(related(RelationKind.COLLABORATOR, UUID.randomUUID(), "Somebody Else", null))).isEmpty();
    }

    private static ExpertFacts related(RelationKind kind, UUID account, String name, LocalDate to) {
        return expert(UUID.randomUUID(), List.of(), List.of(new Relation(kind, account, name, null, to)), null,
                List.of());
    }

    @Test
    void recentCollaborationWithinThreeYears() {
        ExpertFacts e = plain();
        LocalDate windowStart = TODAY.minusYears(3);
        assertThat(codes(parties(Map.of(e.accountId(), windowStart.minusDays(1)), List.of()), e, SETTINGS)).isEmpty();
        assertThat(codes(parties(Map.of(e.accountId(), windowStart), List.of()), e, SETTINGS))
                .containsExactly(ConflictCode.RECENT_COLLABORATION);
        assertThat(codes(parties(Map.of(e.accountId(), windowStart.plusDays(1)), List.of()), e, SETTINGS))
                .containsExactly(ConflictCode.RECENT_COLLABORATION);
    }

    @Test
    void ownTeamApplicantExclusionAndOptionalSameCounty() {
        ExpertFacts member = new ExpertFacts(MEMBER, "Li Hua", "li", ExpertStatus.ACTIVE, null, List.of(), List.of(),
                null, List.of());
        assertThat(codes(member)).containsExactly(ConflictCode.OWN_TEAM);
        ExpertFacts e = expert(UUID.randomUUID(), List.of(), List.of(), "653101", List.of());
        assertThat(codes(parties(Map.of(), List.of(new ProposalParties.Exclusion(e.accountId(), "Rival lab"))), e,
                SETTINGS)).containsExactly(ConflictCode.APPLICANT_EXCLUDED);
        assertThat(codes(e)).isEmpty();
        assertThat(codes(parties(), e, SETTINGS.withSameCounty(true))).containsExactly(ConflictCode.SAME_COUNTY);
    }

    @Test
    void sanctionPoolStatusAndAvailability() {
        ExpertFacts e = plain();
        sanctioned.add(e.accountId());
        assertThat(engine.explain(parties(), e, TODAY, SETTINGS)).singleElement()
                .satisfies(r -> assertThat(r.code()).isEqualTo(ConflictCode.INTEGRITY_SANCTION))
                .satisfies(r -> assertThat(r.detail()).contains("KJ-1"));
        ExpertFacts suspended = new ExpertFacts(UUID.randomUUID(), "S", "s", ExpertStatus.SUSPENDED, null, List.of(),
                List.of(), null, List.of());
        assertThat(codes(suspended)).containsExactly(ConflictCode.NOT_IN_POOL);
        ExpertFacts away = expert(null, List.of(), List.of(), null,
                List.of(new Availability(TODAY.plusDays(1), TODAY.plusMonths(2))));
        assertThat(codes(away)).containsExactly(ConflictCode.UNAVAILABLE);
        ExpertFacts here = expert(null, List.of(), List.of(), null, List.of(new Availability(TODAY, TODAY)));
        assertThat(codes(here)).isEmpty();
    }

    @Test
    void explainListsEveryReasonAndScreeningAgreesWithExplain() {
        ExpertFacts everything = new ExpertFacts(UUID.randomUUID(), "All", "all", ExpertStatus.ACTIVE, HOST, List.of(),
                List.of(new Relation(RelationKind.RELATIVE, PI, null, null, null)), "653101", List.of());
        sanctioned.add(everything.accountId());
        ProposalParties parties = parties(Map.of(everything.accountId(), TODAY.minusMonths(6)),
                List.of(new ProposalParties.Exclusion(everything.accountId(), "Competitor")));
        assertThat(codes(parties, everything, SETTINGS.withSameCounty(true))).containsExactly(
                ConflictCode.SAME_ORGANISATION, ConflictCode.DECLARED_RELATION, ConflictCode.RECENT_COLLABORATION,
                ConflictCode.APPLICANT_EXCLUDED, ConflictCode.SAME_COUNTY, ConflictCode.INTEGRITY_SANCTION);

        ExpertFacts fine = plain();
        PoolIndex index = new PoolIndex(List.of(everything, fine, related(RelationKind.CO_AUTHOR, MEMBER, null, null),
                leftOrganisation(PARTNER, TODAY.minusYears(1)), expert(MEMBER_EMPLOYER, List.of(), List.of(), null,
                        List.of())));
        ConflictEngine.Screening screening = engine.screen(parties, index, TODAY, SETTINGS.withSameCounty(true));
        assertThat(screening.eligible()).extracting(Eligibility::expertAccountId).containsExactly(fine.accountId());
        assertThat(screening.excluded()).hasSize(4);
        for (Eligibility excluded : screening.excluded()) {
            assertThat(excluded.reasons()).isEqualTo(engine.explain(parties, index.expert(excluded.expertAccountId()),
                    TODAY, SETTINGS.withSameCounty(true)));
        }
    }
}
